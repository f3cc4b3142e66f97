import { eld } from "eld/small";
import { detectAll } from "tinyld";
import { LEXICONS } from "../lexicons";
import { prepareText, type PreparedText } from "../text/prepared";
import { dominantScript } from "../text/scripts";
import { isHinglish } from "./hinglish";

export interface LanguageGuess {
  /** ISO 639-1 code, or null when the text is too short or mixed to say. */
  language: string | null;
  /** 0..1: how much to trust it; the conversation falls back to earlier messages below 0.5. */
  confidence: number;
}

// Latin-script languages worth telling apart. Rare ones are left out on purpose: on short chat text
// tinyld confuses Indonesian with Hungarian and Spanish with Catalan far more often than it meets them.
// Malay is folded into Indonesian (chat Malay and Indonesian share most words).
const LATIN = ["en", "es", "fr", "de", "pt", "it", "tr", "id", "ms", "nl", "pl", "ro", "vi", "sw"];
const ALIAS: Record<string, string> = { ms: "id" };

// Function words of each language (from the lexicons): on a three-word message they beat n-grams.
let markers: Map<string, Set<string>> | null = null;
function markerWords(): Map<string, Set<string>> {
  if (markers) return markers;
  const owners = new Map<string, Set<string>>();
  for (const lex of LEXICONS) {
    if (lex.script !== "latin" || lex.lang === "hi") continue;
    for (const word of (lex.stopwords ?? []).flatMap((s) => s.split(/\s+/))) {
      const set = owners.get(word) ?? new Set<string>();
      set.add(lex.lang);
      owners.set(word, set);
    }
  }
  markers = new Map();
  for (const [word, langs] of owners) {
    if (langs.size !== 1) continue; // "a", "no", "me": shared, so no evidence
    const lang = [...langs][0] ?? "";
    const set = markers.get(lang) ?? new Set<string>();
    set.add(word);
    markers.set(lang, set);
  }
  return markers;
}

// Letters that only some Latin-script languages use: decisive on a five-word line.
const LETTER_CUES: [RegExp, string, number][] = [
  [/[¿¡ñ]/u, "es", 0.6],
  [/[ãõ]/u, "pt", 0.6],
  [/[ğşı]/u, "tr", 0.8],
  [/ß/u, "de", 0.6],
  [/[äöü]/iu, "de", 0.2],
  [/[èêëàùûœ]/iu, "fr", 0.3],
  [/[ăâșțî]/iu, "ro", 0.3],
  [/[ąęłńśźż]/iu, "pl", 0.6],
  [/[ươđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu, "vi", 0.8],
];

function addShares(scores: Map<string, number>, guesses: readonly { lang: string; score: number }[]): void {
  const candidates = guesses.filter((g) => LATIN.includes(g.lang));
  const total = candidates.reduce((sum, g) => sum + g.score, 0);
  if (total <= 0) return;
  // Each detector's scores are only comparable within one text: add each language's share.
  for (const { lang, score } of candidates) {
    const code = ALIAS[lang] ?? lang;
    scores.set(code, (scores.get(code) ?? 0) + score / total);
  }
}

function addMarkers(scores: Map<string, number>, tokens: readonly string[]): void {
  for (const [lang, words] of markerWords()) {
    const hits = tokens.filter((t) => words.has(t)).length;
    if (hits > 0) scores.set(lang, (scores.get(lang) ?? 0) + (1.5 * hits) / Math.max(3, tokens.length));
  }
}

function clearWinner(scores: Map<string, number>, tokenCount: number): boolean {
  if (tokenCount < 5) return false;
  const sorted = [...scores.values()].sort((a, b) => b - a);
  const [top = 0, second = 0] = sorted;
  return top >= 0.9 && top >= 2 * second;
}

function detectLatin(raw: string, tokens: readonly string[]): LanguageGuess {
  if (isHinglish(tokens)) return { language: "hi", confidence: 0.8 };
  const scores = new Map<string, number>();
  // eld scores every language highly; only its top few carry information.
  const eldScores = Object.entries(eld.detect(raw).getScores()).sort((a, b) => b[1] - a[1]).slice(0, 3);
  addShares(scores, eldScores.map(([lang, score]) => ({ lang, score })));
  for (const [re, lang, weight] of LETTER_CUES) if (re.test(raw)) scores.set(lang, (scores.get(lang) ?? 0) + weight);
  addMarkers(scores, tokens);
  // tinyld costs ten times eld: ask it only when eld, function words and letters do not agree clearly.
  if (!clearWinner(scores, tokens.length)) {
    addShares(scores, detectAll(raw, { only: LATIN }).map((g) => ({ lang: g.lang, score: g.accuracy })));
  }
  let best: string | null = null;
  let top = 0;
  let sum = 0;
  for (const [lang, score] of scores) {
    sum += score;
    if (score > top) {
      top = score;
      best = lang;
    }
  }
  if (!best || sum === 0) return { language: null, confidence: 0 };
  // Short chat lines give n-gram models little to go on.
  const lengthFactor = tokens.length >= 4 ? 1 : tokens.length === 3 ? 0.7 : 0.4;
  return { language: best, confidence: (top / sum) * lengthFactor };
}

const URDU_ONLY = /[ٹڈڑںےۓۂ]/;
const PERSIAN_OR_URDU = /[پچژگکی]/;

export function detectLanguage(raw: string): LanguageGuess {
  const text = prepareText(raw);
  const cached = text.memo.get("language") as LanguageGuess | undefined;
  if (cached) return cached;
  const guess = guessLanguage(raw, text);
  text.memo.set("language", guess);
  return guess;
}

function guessLanguage(raw: string, text: PreparedText): LanguageGuess {
  const script = dominantScript(text.scripts);
  switch (script) {
    case "arabic":
      if (URDU_ONLY.test(raw)) return { language: "ur", confidence: 0.95 };
      return PERSIAN_OR_URDU.test(raw) && !/[يك]/.test(raw) ? { language: "fa", confidence: 0.7 } : { language: "ar", confidence: 0.9 };
    case "devanagari":
      return { language: "hi", confidence: 0.9 };
    case "cyrillic":
      return { language: /[їєґі]/i.test(raw) ? "uk" : "ru", confidence: 0.85 };
    case "kana":
      return { language: "ja", confidence: 0.95 };
    case "han":
      return { language: text.scripts.has("kana") ? "ja" : "zh", confidence: 0.9 };
    case "hangul":
      return { language: "ko", confidence: 0.95 };
    case "latin":
      return detectLatin(raw, text.tokens);
    default:
      return { language: null, confidence: 0 };
  }
}

/**
 * The conversation's language for the last visitor message: its own guess when confident, else the
 * most recent confident earlier visitor message ("ok thanks" after three Spanish lines is Spanish).
 */
export function conversationLanguage(visitorTexts: readonly string[]): string | null {
  let fallback: LanguageGuess | null = null;
  for (let i = visitorTexts.length - 1; i >= 0; i--) {
    const guess = detectLanguage(visitorTexts[i] ?? "");
    if (guess.language && guess.confidence >= 0.5) return guess.language;
    if (!fallback?.language && guess.language) fallback = guess;
  }
  // Nothing confident: short Latin lines ("hello!", "operator") are English far more often than not.
  if (fallback?.language && fallback.confidence >= 0.3) return fallback.language;
  const lastScript = dominantScript(prepareText(visitorTexts[visitorTexts.length - 1] ?? "").scripts);
  return lastScript === "latin" ? "en" : (fallback?.language ?? null);
}
