import { lexiconMatcher, type ListKey } from "../lexicons";
import { normalizeText, tokenize } from "./normalize";
import { findWithout, pad, type PhraseMatch, type PhraseMatcher } from "./patterns";
import { scriptCounts, type Script } from "./scripts";

/** A message normalised once per evaluation; every detector reads this instead of the raw text. */
export interface PreparedText {
  raw: string;
  norm: string;
  padded: string;
  tokens: string[];
  words: Set<string>;
  scripts: Map<Script, number>;
  /** Per-text results (lexicon matches, scores): the same message is read by many rules and evaluations. */
  memo: Map<string, unknown>;
}

const cache = new Map<string, PreparedText>();
// Enough for the open conversations of a busy process; the oldest texts are evicted one at a time.
const CACHE_LIMIT = 2000;

/** Prepared once and not remembered: for fragments (clauses, quoted words) that no later call asks for again. */
export function prepareTransient(raw: string): PreparedText {
  const norm = normalizeText(raw);
  const tokens = tokenize(norm);
  return { raw, norm, padded: pad(norm), tokens, words: new Set(tokens), scripts: scriptCounts(raw), memo: new Map() };
}

export function prepareText(raw: string): PreparedText {
  const hit = cache.get(raw);
  if (hit) return hit;
  const prepared = prepareTransient(raw);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value ?? "");
  cache.set(raw, prepared);
  return prepared;
}

function scriptsOf(text: PreparedText): Script[] {
  const scripts = [...text.scripts.keys()];
  // Japanese text mixes kana and kanji; Chinese lists are worth running on both.
  if (text.scripts.has("kana") && !text.scripts.has("han")) scripts.push("han");
  return scripts;
}

/** Lexicon matches for a list in every script the text uses, minus those overlapping the exclusion list. */
export function findLexicon(text: PreparedText, key: ListKey, exclude?: ListKey): PhraseMatch[] {
  const memoKey = `lex:${key}:${exclude ?? ""}`;
  const cached = text.memo.get(memoKey) as PhraseMatch[] | undefined;
  if (cached) return cached;
  const out: PhraseMatch[] = [];
  for (const script of scriptsOf(text)) {
    const excludeMatcher = exclude ? lexiconMatcher(exclude, script) : undefined;
    out.push(...findWithout(text.padded, lexiconMatcher(key, script), excludeMatcher, text.words));
  }
  text.memo.set(memoKey, out);
  return out;
}

/** Matches of a rule's own phrase list (already compiled), minus its ignore list. */
export function findPhrases(text: PreparedText, include: PhraseMatcher, exclude?: PhraseMatcher): PhraseMatch[] {
  return findWithout(text.padded, include, exclude, text.words);
}

export function texts(matches: readonly PhraseMatch[]): string[] {
  return [...new Set(matches.map((m) => m.text))];
}
