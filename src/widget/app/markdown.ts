// A small markdown parser for bot and agent messages that produces a syntax tree of plain strings,
// never HTML: the renderer turns it into VNodes, so `<img onerror=...>` in a message is only ever
// text. Supported: paragraphs and line breaks, bullet and numbered lists, headings (shown as bold
// lines), quotes, code spans and fenced blocks, **bold**, *italic*, [links](https://...) and bare
// URLs. Links are kept only for http, https and mailto.

export type Inline =
  | { type: "text"; text: string }
  | { type: "strong" | "em"; children: Inline[] }
  | { type: "code"; text: string }
  | { type: "link"; href: string; children: Inline[] }
  | { type: "br" };

export type Block =
  | { type: "p" | "heading" | "quote"; children: Inline[] }
  | { type: "ul"; items: Inline[][] }
  | { type: "ol"; start: number; items: Inline[][] }
  | { type: "pre"; text: string };

const SAFE_PROTOCOLS = ["http:", "https:", "mailto:"];
const MAX_DEPTH = 4;

/** The URL when it is absolute and http(s) or mailto; null for javascript:, data:, relative ... */
export function safeHref(raw: string): string | null {
  try {
    // URL() strips the tabs, newlines and leading control characters browsers ignore, so
    // "java\nscript:" is seen exactly as a browser would see it.
    const url = new URL(raw.trim());
    return SAFE_PROTOCOLS.includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isSpace = (ch: string | undefined) => ch === undefined || /\s/.test(ch);
const BARE_URL = /^https?:\/\/[^\s<>"]+/;

/** Index of the closing delimiter of an emphasis opened at `from`, or -1. */
function findClose(src: string, from: number, delim: string): number {
  const ch = delim[0]!;
  for (let j = from + 1; j <= src.length - delim.length; j++) {
    if (!src.startsWith(delim, j) || isSpace(src[j - 1])) continue;
    if (delim.length === 1 && (src[j - 1] === ch || src[j + 1] === ch)) continue; // part of ** or __
    if (ch === "_" && isWordChar(src[j + delim.length])) continue; // snake_case is not emphasis
    return j;
  }
  return -1;
}

function trimUrl(url: string): string {
  // Sentence punctuation after a bare URL is not part of it; keep a ")" only when balanced.
  let end = url.length;
  while (end > 0 && /[.,;:!?'"]/.test(url[end - 1]!)) end--;
  let trimmed = url.slice(0, end);
  while (trimmed.endsWith(")") && (trimmed.match(/\(/g)?.length ?? 0) < (trimmed.match(/\)/g)?.length ?? 0)) trimmed = trimmed.slice(0, -1);
  return trimmed;
}

export function parseInline(src: string, depth = 0): Inline[] {
  const out: Inline[] = [];
  const unclosed = new Set<string>();
  let text = "";
  const flush = () => {
    if (text) out.push({ type: "text", text });
    text = "";
  };
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    const rest = src.slice(i);
    if (ch === "\\" && /^[\\`*_[\]()#+\-.!<>|~]/.test(src[i + 1] ?? "")) {
      text += src[i + 1];
      i += 2;
      continue;
    }
    if (ch === "`") {
      const end = src.indexOf("`", i + 1);
      if (end > i + 1) {
        flush();
        out.push({ type: "code", text: src.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    }
    if ((ch === "*" || ch === "_") && depth < MAX_DEPTH) {
      const delim = src[i + 1] === ch ? ch + ch : ch;
      const opensWord = !isSpace(src[i + delim.length]) && !(ch === "_" && isWordChar(src[i - 1]));
      // Whether j closes does not depend on the opener, so once a search from i failed, every
      // search from further right fails too: remembering that keeps hostile input linear.
      const end = opensWord && !unclosed.has(delim) ? findClose(src, i + delim.length, delim) : -1;
      if (end === -1 && opensWord) unclosed.add(delim);
      if (end !== -1) {
        flush();
        out.push({ type: delim.length === 2 ? "strong" : "em", children: parseInline(src.slice(i + delim.length, end), depth + 1) });
        i = end + delim.length;
        continue;
      }
    }
    if (ch === "[" && depth < MAX_DEPTH) {
      const link = /^\[([^\]\n]+)\]\(\s*<?([^\s()<>]+(?:\([^\s()]*\)[^\s()<>]*)*)>?(?:\s+"[^"]*")?\s*\)/.exec(rest);
      if (link) {
        flush();
        const href = safeHref(link[2]!);
        const children = parseInline(link[1]!, depth + 1);
        // An unsafe target keeps its words and loses the link.
        if (href) out.push({ type: "link", href, children });
        else out.push(...children);
        i += link[0].length;
        continue;
      }
    }
    if (ch === "<") {
      const auto = /^<((?:https?:\/\/|mailto:)[^\s<>]+)>/i.exec(rest);
      const href = auto && safeHref(auto[1]!);
      if (auto && href) {
        flush();
        out.push({ type: "link", href, children: [{ type: "text", text: auto[1]! }] });
        i += auto[0].length;
        continue;
      }
    }
    if (ch === "h" && !isWordChar(src[i - 1])) {
      const bare = BARE_URL.exec(rest);
      const url = bare && trimUrl(bare[0]);
      const href = url && safeHref(url);
      if (url && href) {
        flush();
        out.push({ type: "link", href, children: [{ type: "text", text: url }] });
        i += url.length;
        continue;
      }
    }
    if (ch === "\n") {
      flush();
      out.push({ type: "br" });
      i++;
      continue;
    }
    text += ch;
    i++;
  }
  flush();
  return out;
}

const FENCE = /^\s{0,3}(```|~~~)/;
const HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;
const BULLET = /^\s{0,3}[-*+•]\s+(.*)$/;
const NUMBERED = /^\s{0,3}(\d{1,9})[.)]\s+(.*)$/;
const QUOTE = /^\s{0,3}>\s?(.*)$/;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;

export function parseMarkdown(src: string): Block[] {
  const lines = src.replace(/\r\n?/g, "\n").split("\n");
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const endParagraph = () => {
    if (paragraph.length) blocks.push({ type: "p", children: parseInline(paragraph.join("\n")) });
    paragraph = [];
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (FENCE.test(line)) {
      endParagraph();
      const code: string[] = [];
      while (++i < lines.length && !FENCE.test(lines[i]!)) code.push(lines[i]!);
      blocks.push({ type: "pre", text: code.join("\n") });
      continue;
    }
    if (!line.trim() || RULE.test(line)) {
      endParagraph();
      continue;
    }
    const heading = HEADING.exec(line);
    const quote = QUOTE.exec(line);
    const bullet = BULLET.exec(line);
    const numbered = NUMBERED.exec(line);
    if (heading) {
      endParagraph();
      blocks.push({ type: "heading", children: parseInline(heading[1]!) });
    } else if (quote) {
      endParagraph();
      const quoted = [quote[1]!];
      while (i + 1 < lines.length && QUOTE.test(lines[i + 1]!)) quoted.push(QUOTE.exec(lines[++i]!)![1]!);
      blocks.push({ type: "quote", children: parseInline(quoted.join("\n")) });
    } else if (bullet || numbered) {
      endParagraph();
      const pattern = bullet ? BULLET : NUMBERED;
      const items: string[] = [];
      for (i--; i + 1 < lines.length; ) {
        const next = lines[i + 1]!;
        const item = pattern.exec(next);
        if (item) items.push(item[item.length - 1]!);
        else if (next.trim() && /^\s+/.test(next) && items.length) items[items.length - 1] += `\n${next.trim()}`; // continuation
        else break;
        i++;
      }
      const parsed = items.map((item) => parseInline(item));
      blocks.push(bullet ? { type: "ul", items: parsed } : { type: "ol", start: Number(numbered![1]), items: parsed });
    } else {
      paragraph.push(line);
    }
  }
  endParagraph();
  return blocks;
}
