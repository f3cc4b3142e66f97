import { normalizeText } from "./normalize";

/**
 * Phrase patterns: the small language rule authors (and our lexicons) write phrase lists in.
 *
 *   talk|speak to|with ~2 human|person    words in order; `a|b` alternatives; `~N` up to N other words (`~` = 3)
 *   [a|an|the] agent                      `[...]` optional word
 *   *agent  refund*  *موظف*               `*` inside a word: any letters (suffixes, prefixes, clitics)
 *   customer_service                      `_` joins words inside one alternative
 *   human !resources|hair                 `!a|b` the next word is not one of these
 *   order #                               `#` a word containing a digit (order ids, amounts)
 *   ^ operator [please] $                 `^` / `$` the start / end of the message
 *   talk to the *                         `*` alone: any one word
 *
 * Text and patterns go through the same normalizeText, so accents and letter variants do not matter.
 * Patterns in scripts written without spaces (Chinese, Japanese, Thai) match inside words.
 */
export interface PhraseMatch {
  text: string;
  start: number;
  end: number;
}

export interface PhraseMatcher {
  readonly empty: boolean;
  /** `words`, the text's tokens, lets whole-word guards use a set lookup instead of a substring search. */
  find(padded: string, words?: ReadonlySet<string>): PhraseMatch[];
}

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
const ESCAPE = /[.*+?^${}()|[\]\\]/g;

// German umlauts are typed either way ("löschen" / "loeschen"): a pattern written with one accepts both.
const UMLAUT: Record<string, string> = { ä: "a(?:e)?", ö: "o(?:e)?", ü: "u(?:e)?" };

function piece(text: string, unspaced: boolean): string {
  return text
    .split(/([äöü])/)
    .map((p) => UMLAUT[p] ?? normalizeText(p).replace(ESCAPE, "\\$&").replace(/ /g, unspaced ? " ?" : " "))
    .join("");
}

function literal(word: string, unspaced: boolean): string {
  if (word === "#") return "\\S*\\d\\S*";
  return word
    .split("*")
    .map((part) => piece(part.toLowerCase(), unspaced))
    .join(unspaced ? "\\S*?" : "\\S*");
}

function alternatives(slot: string, unspaced: boolean): string {
  const joiner = unspaced ? " ?" : " ";
  return slot
    .split("|")
    .filter((alt) => alt.length > 0)
    .map((alt) => alt.split("_").map((w) => literal(w, unspaced)).join(joiner))
    .join("|");
}

export function compilePattern(pattern: string): string {
  const unspaced = UNSPACED.test(pattern);
  const sep = unspaced ? " ?" : " ";
  let src = "";
  for (const el of pattern.trim().split(/\s+/)) {
    const gap = /^~(\d*)$/.exec(el);
    if (el === "^") {
      src += "^";
    } else if (el === "$") {
      src += "(?= $)";
    } else if (gap) {
      const n = gap[1] ? Number(gap[1]) : 3;
      src += unspaced ? `[^]{0,${n}}?` : `(?: \\S+){0,${n}}?`;
    } else if (el.startsWith("!")) {
      src += unspaced ? `(?!${alternatives(el.slice(1), true)})` : `(?! (?:${alternatives(el.slice(1), false)})(?= ))`;
    } else if (el.startsWith("[") && el.endsWith("]")) {
      src += `(?:${sep}(?:${alternatives(el.slice(1, -1), unspaced)}))?`;
    } else {
      src += `${sep}(?:${alternatives(el, unspaced)})`;
    }
  }
  // Token patterns start and end on word boundaries; unspaced ones match anywhere.
  return unspaced ? src : `${src}(?= )`;
}

// A literal every match of a slot must contain, so a pattern is only run on texts that contain it:
// most of the hundreds of lexicon patterns are skipped with one `includes` call.
interface Needle {
  text: string;
  /** A whole word (no wildcard, no umlaut fragment): checkable against the token set. */
  word: boolean;
}

function slotNeedles(slot: string, unspaced: boolean): Needle[] | null {
  const needles: Needle[] = [];
  for (const alt of slot.split("|").filter((a) => a.length > 0)) {
    const word = alt.split("_")[0] ?? "";
    if (word === "#") return null;
    const parts = word.split("*").flatMap((p) => p.toLowerCase().split(/[äöü]/)).map((p) => normalizeText(p));
    const longest = parts.reduce((best, p) => (p.length > best.length ? p : best), "");
    if (longest.length < 2) return null;
    needles.push({ text: longest, word: !unspaced && parts.length === 1 && !longest.includes(" ") });
  }
  return needles.length > 0 ? needles : null;
}

function guardFor(pattern: string): Needle[] | null {
  const unspaced = UNSPACED.test(pattern);
  let best: Needle[] | null = null;
  let bestWeakest = 0;
  for (const el of pattern.trim().split(/\s+/)) {
    if (el === "^" || el === "$" || /^~\d*$/.test(el) || el.startsWith("!") || el.startsWith("[")) continue;
    const needles = slotNeedles(el, unspaced);
    const weakest = needles ? Math.min(...needles.map((n) => n.text.length)) : 0;
    if (needles && weakest > bestWeakest) {
      best = needles;
      bestWeakest = weakest;
    }
  }
  return best;
}

interface CompiledPattern {
  re: RegExp;
  needles: Needle[] | null;
}

/**
 * Which patterns can possibly match a text: patterns are indexed by their guard words, so a find()
 * looks up the text's own words (a dozen set lookups) instead of testing hundreds of patterns.
 */
class PatternIndex {
  private readonly byWord = new Map<string, number[]>();
  private readonly bySubstring = new Map<string, number[]>();
  private readonly always: number[] = [];

  constructor(patterns: readonly CompiledPattern[]) {
    this.marks = new Uint8Array(patterns.length);
    patterns.forEach(({ needles }, i) => {
      if (!needles) return this.always.push(i);
      for (const n of needles) {
        const map = n.word ? this.byWord : this.bySubstring;
        const list = map.get(n.text) ?? [];
        if (list[list.length - 1] !== i) list.push(i);
        map.set(n.text, list);
      }
    });
  }

  // Reused between calls (find is synchronous and not re-entrant): no allocation per message.
  private readonly marks: Uint8Array;

  candidates(padded: string, words: ReadonlySet<string> | undefined): number[] {
    const out: number[] = [];
    const mark = (list: readonly number[]) => {
      for (const i of list) {
        if (this.marks[i] === 0) {
          this.marks[i] = 1;
          out.push(i);
        }
      }
    };
    mark(this.always);
    if (words) {
      for (const w of words) {
        const list = this.byWord.get(w);
        if (list) mark(list);
      }
    } else {
      for (const [w, list] of this.byWord) if (padded.includes(` ${w} `)) mark(list);
    }
    for (const [sub, list] of this.bySubstring) if (padded.includes(sub)) mark(list);
    for (const i of out) this.marks[i] = 0;
    return out.sort((a, b) => a - b);
  }
}

const cache = new Map<string, PhraseMatcher>();
const CACHE_LIMIT = 2000;

/** Compiles a phrase list once (rules are data, evaluated on every message: compile cost must not repeat). */
export function compilePhrases(patterns: readonly string[]): PhraseMatcher {
  const key = patterns.join("\n");
  const hit = cache.get(key);
  if (hit) return hit;
  const compiled: CompiledPattern[] = patterns
    .filter((p) => p.trim().length > 0)
    .map((p) => ({ re: new RegExp(compilePattern(p), "gu"), needles: guardFor(p) }));
  const index = new PatternIndex(compiled);
  const matcher: PhraseMatcher = {
    empty: compiled.length === 0,
    find(padded, words) {
      const out: PhraseMatch[] = [];
      for (const i of index.candidates(padded, words)) {
        const re = compiled[i]?.re;
        if (!re) continue;
        for (const m of padded.matchAll(re)) {
          const text = m[0].trim();
          if (text.length === 0) continue;
          const start = (m.index ?? 0) + (m[0].length - m[0].trimStart().length);
          out.push({ text, start, end: start + text.length });
        }
      }
      return out;
    },
  };
  // Evict the oldest entry rather than clearing: a full clear makes every rule recompile at once.
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value ?? "");
  cache.set(key, matcher);
  return matcher;
}

/** Matches of `include` that do not overlap any match of `exclude` ("travel agent" is not "agent"). */
export function findWithout(padded: string, include: PhraseMatcher, exclude?: PhraseMatcher, words?: ReadonlySet<string>): PhraseMatch[] {
  const hits = include.find(padded, words);
  if (hits.length === 0 || !exclude || exclude.empty) return hits;
  const blocked = exclude.find(padded, words);
  return hits.filter((h) => !blocked.some((b) => b.start < h.end && h.start < b.end));
}

export function pad(normalized: string): string {
  return ` ${normalized} `;
}
