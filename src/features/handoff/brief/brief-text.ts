// Small text helpers for a brief that quotes people instead of paraphrasing them.

/** One line: runs of whitespace (newlines included) become one space. */
export function flatten(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * At most `max` characters, cut at the end of a sentence when one ends in the second half, else at
 * a word boundary, with an ellipsis; never in the middle of a word unless it is one long word.
 */
export function clip(text: string, max: number): string {
  const flat = flatten(text);
  if (flat.length <= max) return flat;
  const head = flat.slice(0, max - 1);
  const sentenceEnd = Math.max(head.lastIndexOf(". "), head.lastIndexOf("! "), head.lastIndexOf("? "));
  if (sentenceEnd >= max / 2) return head.slice(0, sentenceEnd + 1);
  const space = head.lastIndexOf(" ");
  const cut = space >= max / 2 ? head.slice(0, space) : head;
  return `${cut.replace(/[\s,;:.!?-]+$/u, "")}…`;
}

/** “quoted”, clipped; a sentence built around it ends with the quote's own punctuation when it has some. */
export function quote(text: string, max: number): string {
  return `“${clip(text, max)}”`;
}

/** Ends a sentence unless it already ends in ., !, ?, … (possibly inside a closing quote). */
export function endSentence(sentence: string): string {
  return /[.!?…]["”’)]?$/u.test(sentence) ? sentence : `${sentence}.`;
}

/** "a", "a and b", "a, b and c". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** A snake_case code as words: "money_action" -> "money action". */
export function words(code: string): string {
  return code.replace(/[_-]+/g, " ").trim();
}
