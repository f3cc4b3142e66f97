import { compilePhrases, type PhraseMatcher } from "../text/patterns";
import type { Script } from "../text/scripts";
import { ar } from "./ar";
import { de } from "./de";
import { en } from "./en";
import { enConversation } from "./en-conversation";
import { enTopics } from "./en-topics";
import { es } from "./es";
import { fr } from "./fr";
import { hi, hiLatin } from "./hi";
import { id } from "./id";
import { it } from "./it";
import { more } from "./more";
import { pt } from "./pt";
import { ru } from "./ru";
import { tr } from "./tr";
import type { HighValueCategory, Lexicon, LexiconKey, SensitiveCategory } from "./types";
import { ur } from "./ur";
import { zh } from "./zh";

export const LEXICONS: readonly Lexicon[] = [en, enTopics, enConversation, es, pt, fr, de, it, tr, id, ar, ur, hi, hiLatin, ru, zh, ...more];

/** Languages with full lists (explicit request, sentiment, topics); `more` only covers explicit requests. */
export const LEXICON_LANGUAGES = [...new Set(LEXICONS.map((l) => l.lang))];

export type ListKey = LexiconKey | `sensitive.${SensitiveCategory}` | `highValue.${HighValueCategory}`;

function listOf(lexicon: Lexicon, key: ListKey): readonly string[] {
  if (key.startsWith("sensitive.")) return lexicon.sensitive?.[key.slice(10) as SensitiveCategory] ?? [];
  if (key.startsWith("highValue.")) return lexicon.highValue?.[key.slice(10) as HighValueCategory] ?? [];
  return lexicon[key as LexiconKey] ?? [];
}

const matchers = new Map<string, PhraseMatcher>();

/** All languages' patterns for one list, for one script, compiled into one matcher (built once, lazily). */
export function lexiconMatcher(key: ListKey, script: Script): PhraseMatcher {
  const cacheKey = `${key}:${script}`;
  let matcher = matchers.get(cacheKey);
  if (!matcher) {
    const patterns = LEXICONS.filter((l) => l.script === script).flatMap((l) => listOf(l, key));
    matcher = compilePhrases(patterns);
    matchers.set(cacheKey, matcher);
  }
  return matcher;
}

let stopwordSet: Set<string> | null = null;

export function isStopword(token: string): boolean {
  stopwordSet ??= new Set(LEXICONS.flatMap((l) => (l.stopwords ?? []).flatMap((s) => s.split(/\s+/))));
  return stopwordSet.has(token);
}
