import type { ListKey } from "../lexicons";
import { compilePhrases, type PhraseMatch, type PhraseMatcher } from "../text/patterns";
import { findLexicon, findPhrases, type PreparedText } from "../text/prepared";
import type { TPhraseLists } from "../triggers.schemas";

const compiled = new WeakMap<TPhraseLists, PhraseMatcher | null>();

/** A rule's phrase lists as one matcher, remembered per lists object (rules are reused across evaluations). */
export function compileLists(lists: TPhraseLists | undefined): PhraseMatcher | undefined {
  if (!lists) return undefined;
  let matcher = compiled.get(lists);
  if (matcher === undefined) {
    const all = Object.values(lists).flat();
    matcher = all.length > 0 ? compilePhrases(all) : null;
    compiled.set(lists, matcher);
  }
  return matcher ?? undefined;
}

export interface PhraseSettings {
  builtIn?: boolean;
  phrases?: TPhraseLists;
  ignore?: TPhraseLists;
}

/**
 * Built-in lexicon matches (unless the rule turned them off) plus the rule's own phrases, minus
 * anything overlapping the rule's ignore list: one place where a rule's lists meet the lexicons.
 */
export function matchLists(text: PreparedText, keys: readonly ListKey[], exclude: ListKey | undefined, settings: PhraseSettings | undefined): PhraseMatch[] {
  const hits: PhraseMatch[] = [];
  if (settings?.builtIn !== false) for (const key of keys) hits.push(...findLexicon(text, key, exclude));
  const own = compileLists(settings?.phrases);
  if (own) hits.push(...findPhrases(text, own));
  const ignore = compileLists(settings?.ignore);
  if (!ignore || hits.length === 0) return hits;
  const blocked = ignore.find(text.padded);
  return hits.filter((h) => !blocked.some((b) => b.start < h.end && h.start < b.end));
}
