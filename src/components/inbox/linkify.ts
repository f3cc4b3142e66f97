// Visitor text and notes are shown exactly as written, except that http(s) URLs become links.
// Nothing here produces HTML: the parts are rendered as React text nodes and <a> elements.
import { safeHref } from "@/widget/app/markdown";

export type TextPart = { type: "text"; text: string } | { type: "link"; text: string; href: string };

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"]+/gi;

function trimUrl(url: string): string {
  // Sentence punctuation after a URL is not part of it; keep a ")" only when balanced.
  let trimmed = url.replace(/[.,;:!?'"]+$/, "");
  while (trimmed.endsWith(")") && (trimmed.match(/\(/g)?.length ?? 0) < (trimmed.match(/\)/g)?.length ?? 0)) trimmed = trimmed.slice(0, -1);
  return trimmed;
}

export function linkify(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = trimUrl(match[0]);
    const href = safeHref(url);
    if (!href) continue;
    if (match.index > last) parts.push({ type: "text", text: text.slice(last, match.index) });
    parts.push({ type: "link", text: url, href });
    last = match.index + url.length;
  }
  if (last < text.length) parts.push({ type: "text", text: text.slice(last) });
  return parts;
}
