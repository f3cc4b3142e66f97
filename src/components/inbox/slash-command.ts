// The composer's "/" picker: which word at the caret is a canned-response search, which responses
// match it, and how the chosen one replaces it.
export interface CannedResponse {
  id: string;
  shortcut: string;
  title: string;
  body: string;
}

export interface SlashToken {
  /** Index of the "/". */
  start: number;
  /** Index just after the word. */
  end: number;
  query: string;
}

/** The "/word" the caret is in, when it starts the text or follows whitespace (not a URL's "/"). */
export function findSlashToken(text: string, caret: number): SlashToken | null {
  const before = text.slice(0, caret);
  const match = /(^|\s)\/([^\s/]*)$/.exec(before);
  if (!match) return null;
  const start = caret - match[2]!.length - 1;
  const after = /^[^\s]*/.exec(text.slice(caret))![0];
  if (after.includes("/")) return null;
  return { start, end: caret + after.length, query: match[2]! + after };
}

const normalize = (value: string) => value.toLowerCase().replace(/^\//, "");

/** Shortcuts that start with the query first, then any shortcut or title containing it. */
export function filterCanned(responses: readonly CannedResponse[], query: string, limit = 8): CannedResponse[] {
  const q = normalize(query.trim());
  if (!q) return responses.slice(0, limit);
  const score = (response: CannedResponse) => {
    const shortcut = normalize(response.shortcut);
    if (shortcut.startsWith(q)) return 0;
    if (shortcut.includes(q)) return 1;
    if (response.title.toLowerCase().includes(q)) return 2;
    return -1;
  };
  return responses
    .map((response) => ({ response, score: score(response) }))
    .filter((item) => item.score >= 0)
    .sort((a, b) => a.score - b.score || a.response.shortcut.localeCompare(b.response.shortcut))
    .slice(0, limit)
    .map((item) => item.response);
}

/** The text with the token replaced, and where the caret goes. */
export function replaceToken(text: string, token: SlashToken, replacement: string): { text: string; caret: number } {
  const next = text.slice(0, token.start) + replacement + text.slice(token.end);
  return { text: next, caret: token.start + replacement.length };
}
