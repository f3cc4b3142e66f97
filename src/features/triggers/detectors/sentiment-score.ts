import { capsRatio } from "../text/normalize";
import type { PhraseMatch } from "../text/patterns";
import { findLexicon, prepareTransient, texts, type PreparedText } from "../text/prepared";
import type { SentimentLabel } from "../triggers.types";
import { matchLists, type PhraseSettings } from "./phrases";

export interface SentimentSignals {
  negativity: number;
  positivity: number;
  matched: string[];
  shouting: boolean;
  sarcasm: boolean;
}

const ANGRY_EMOJI = /[😡🤬😠👿💢😤🖕]/u;
const HAPPY_EMOJI = /[😊😀😃😄😁🙂😍🥰🙌🙏👍❤💕🌹🎉🥳🤩😇✨🔥]/u;
const CLAP = /👏/u;
const PUNCT_RUNS = /[!?！？]{2,}/gu;
// A word in scare quotes is sarcastic when it is a claim the visitor disputes ('update', "express").
const SCARE_QUOTED = /(?:^|[\s(])['"‘“]([^'"’”\n]{2,30})['"’”](?=$|[\s.,!?)])/gu;
const CLAIM_WORDS = /^(?:update|upgrade|help|support|service|customer service|express|fast|quick|next day|fix|fixed|priority|premium|guaranteed|quality|delay|damage|free|on time|secure|24\/7)$/iu;

/** Runs of three or more capitalised words ("CAN I CHANGE THE ADDRESS"): shouting inside a calmer message. */
function shoutedRun(raw: string): boolean {
  let words = 0;
  let letters = 0;
  for (const token of raw.split(/\s+/)) {
    const cased = [...token].filter((ch) => ch.toLowerCase() !== ch.toUpperCase());
    if (cased.length === 0) continue; // numbers and emoji neither break nor extend a run
    if (cased.every((ch) => ch === ch.toUpperCase())) {
      if (cased.length >= 2) words++;
      letters += cased.length;
      if (words >= 3 && letters >= 12) return true;
    } else {
      words = 0;
      letters = 0;
    }
  }
  return false;
}

function scareQuoted(text: PreparedText): string[] {
  const out: string[] = [];
  for (const m of text.raw.matchAll(SCARE_QUOTED)) {
    const inner = m[1] ?? "";
    if (CLAIM_WORDS.test(inner.trim()) || findLexicon(prepareTransient(inner), "problem").length > 0) out.push(`'${inner}'`);
  }
  return out;
}

function weight(matches: readonly PhraseMatch[], per: number, cap: number): number {
  return Math.min(cap, new Set(matches.map((m) => m.text)).size * per);
}

/**
 * Negativity of one message from lexicon words plus the signals lexicons miss: shouting (caps ratio),
 * punctuation runs, swearing, sarcasm, angry emoji. Weights: a strong word or any of those signals
 * is 2, a mild complaint word 1; the default rule fires at 2, so mild impatience alone does not.
 */
type SentimentSettings = PhraseSettings & { shouting?: boolean; sarcasm?: boolean };

/** Scores are remembered per text and settings: several rules and the negative run read the same messages. */
export function scoreSentiment(text: PreparedText, settings: SentimentSettings = {}): SentimentSignals {
  const { builtIn, phrases, ignore, shouting, sarcasm } = settings;
  const key = `sentiment:${JSON.stringify([builtIn, phrases, ignore, shouting, sarcasm])}`;
  let signals = text.memo.get(key) as SentimentSignals | undefined;
  if (!signals) {
    signals = computeSentiment(text, settings);
    text.memo.set(key, signals);
  }
  return signals;
}

function computeSentiment(text: PreparedText, settings: SentimentSettings): SentimentSignals {
  // The rule's own phrases count as strong words; its ignore list applies to every list.
  const strong = matchLists(text, ["negativeStrong"], "negativeExclude", settings);
  const others = { builtIn: settings.builtIn, ignore: settings.ignore };
  const mild = matchLists(text, ["negativeMild"], "negativeExclude", others);
  const swear = matchLists(text, ["swearing"], "negativeExclude", others);
  // Legal threats are threats too ("I'll contact my lawyer"): the product counts them as negative.
  const threat = [...matchLists(text, ["threat"], "negativeExclude", others), ...matchLists(text, ["sensitive.legal"], "sensitiveExclude", others)];
  const positive = matchLists(text, ["positive"], "negativeExclude", others);
  const happyEmoji = HAPPY_EMOJI.test(text.raw);
  const positivity = weight(positive, 1, 3) + (happyEmoji ? 1 : 0);

  let sarcasmHits: PhraseMatch[] = [];
  if (settings.sarcasm !== false) {
    sarcasmHits = matchLists(text, ["sarcasm"], "negativeExclude", others);
    const complaint = strong.length + mild.length > 0 || matchLists(text, ["problem"], "negativeExclude", {}).length > 0;
    if (complaint) sarcasmHits.push(...matchLists(text, ["sarcasmIfNegative"], "negativeExclude", others));
    if (complaint && CLAP.test(text.raw)) sarcasmHits.push({ text: "👏", start: 0, end: 0 });
    for (const quoted of scareQuoted(text)) sarcasmHits.push({ text: quoted, start: 0, end: 0 });
  }
  const sarcasm = sarcasmHits.length > 0;

  let negativity =
    weight(strong, 2, 4) +
    (mild.length > 0 ? Math.min(2, 1 + 0.5 * (new Set(mild.map((m) => m.text)).size - 1)) : 0) +
    // Swearing inside a happy message ("damn these look good") is emphasis, not anger.
    (swear.length > 0 ? (positivity > 0 && strong.length === 0 ? 1 : 2) : 0) +
    (threat.length > 0 ? 2 : 0) +
    (sarcasm ? 2 : 0) +
    (ANGRY_EMOJI.test(text.raw) ? 1.5 : 0);

  const caps = capsRatio(text.raw);
  // Shouting is a whole message in capitals, not one emphasised word ("I asked about FUEL").
  const loud = (caps.letters >= 10 && caps.ratio >= 0.7) || shoutedRun(text.raw);
  const shouting = settings.shouting !== false && loud && !(positivity > 0 && negativity === 0);
  if (shouting) negativity += 2;
  // "??" adds a little; several runs ("why?? ... !!") are agitation.
  const runs = text.raw.match(PUNCT_RUNS)?.length ?? 0;
  if (negativity > 0 && runs > 0) negativity += runs >= 2 ? 1 : 0.5;

  const matched = texts([...strong, ...mild, ...swear, ...threat, ...sarcasmHits]);
  if (shouting) matched.push("[shouting]");
  // Sarcastic praise is not positivity.
  return { negativity, positivity: sarcasm ? 0 : positivity, matched, shouting, sarcasm };
}

export function sentimentOf(signals: SentimentSignals): { score: number; label: SentimentLabel } {
  const { negativity, positivity } = signals;
  const score = Math.max(-1, Math.min(1, (positivity - negativity) / Math.max(4, positivity + negativity)));
  const label: SentimentLabel = negativity >= 2 && negativity > positivity ? "negative" : positivity >= 1 && positivity > negativity ? "positive" : "neutral";
  return { score: Math.round(score * 100) / 100, label };
}
