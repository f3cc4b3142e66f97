import { describe, expect, it } from "vitest";
import { parseInline, parseMarkdown, safeHref, type Block, type Inline } from "./markdown";

/** Every href and every string in the tree. */
function walk(nodes: (Block | Inline)[], out = { text: [] as string[], hrefs: [] as string[] }) {
  for (const node of nodes) {
    if ("text" in node) out.text.push(node.text);
    if (node.type === "link") out.hrefs.push(node.href);
    if ("children" in node) walk(node.children, out);
    if ("items" in node) for (const item of node.items) walk(item, out);
  }
  return out;
}

describe("safeHref", () => {
  it.each(["https://example.com/a?b=1#c", "http://example.com", "mailto:help@example.com"])("keeps %s", (url) => {
    expect(safeHref(url)).toBe(new URL(url).href);
  });

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\nscript:alert(1)",
    "java\tscript:alert(1)",
    "\u0001javascript:alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html,<script>alert(1)</script>",
    "file:///etc/passwd",
    "/relative/path",
    "//evil.example",
    "not a url",
  ])("refuses %j", (url) => {
    expect(safeHref(url)).toBeNull();
  });
});

describe("parseMarkdown", () => {
  it("never turns HTML into anything but text", () => {
    const src = '<img src=x onerror=alert(1)> <script>alert(1)</script> <a href="javascript:alert(1)">x</a>';
    const tree = parseMarkdown(src);
    expect(tree).toEqual([{ type: "p", children: [{ type: "text", text: src }] }]);
  });

  it("keeps the words of a javascript: link and drops the link", () => {
    const { text, hrefs } = walk(parseMarkdown("[click me](javascript:alert(1)) and [ok](https://ok.example)"));
    expect(hrefs).toEqual(["https://ok.example/"]);
    expect(text.join("")).toContain("click me");
    expect(text.join("")).not.toContain("javascript");
  });

  it("refuses obfuscated and angle-bracket javascript links", () => {
    const { hrefs } = walk(parseMarkdown("[a](JAVASCRIPT:alert(1)) [b](java%0ascript:x) <javascript:alert(1)> [c](data:text/html,x)"));
    expect(hrefs).toEqual([]);
  });

  it("parses bold, italic, code and links inside list items", () => {
    expect(parseMarkdown("1. **Open** *Orders*\n2. See [docs](https://d.example/x_(y))\n3. Run `npm i`")).toEqual([
      {
        type: "ol",
        start: 1,
        items: [
          [{ type: "strong", children: [{ type: "text", text: "Open" }] }, { type: "text", text: " " }, { type: "em", children: [{ type: "text", text: "Orders" }] }],
          [{ type: "text", text: "See " }, { type: "link", href: "https://d.example/x_(y)", children: [{ type: "text", text: "docs" }] }],
          [{ type: "text", text: "Run " }, { type: "code", text: "npm i" }],
        ],
      },
    ]);
  });

  it("parses bullet lists, paragraphs, headings, quotes and code blocks", () => {
    const tree = parseMarkdown("## Shipping\nWe ship:\n\n- to the EU\n* to the UK\n  (2 days)\n\n> quoted\n\n```\n<b>raw</b>\n```");
    expect(tree.map((block) => block.type)).toEqual(["heading", "p", "ul", "quote", "pre"]);
    const list = tree[2] as Extract<Block, { type: "ul" }>;
    expect(list.items).toHaveLength(2);
    expect(walk(list.items[1]!).text.join("")).toBe("to the UK(2 days)");
    expect(tree[4]).toEqual({ type: "pre", text: "<b>raw</b>" });
  });

  it("keeps single line breaks inside a paragraph", () => {
    expect(parseMarkdown("line one\nline two")).toEqual([
      { type: "p", children: [{ type: "text", text: "line one" }, { type: "br" }, { type: "text", text: "line two" }] },
    ]);
  });

  it("links bare URLs without the sentence punctuation after them", () => {
    const { hrefs, text } = walk(parseMarkdown("See https://shop.example/returns. Or (https://x.example/a)!"));
    expect(hrefs).toEqual(["https://shop.example/returns", "https://x.example/a"]);
    expect(text.join("")).toBe("See https://shop.example/returns. Or (https://x.example/a)!");
  });

  it("leaves snake_case, lone asterisks and 2 * 3 * 4 alone", () => {
    for (const src of ["use snake_case_names here", "a * b", "2 * 3 * 4", "**not closed", "price: 5*"]) {
      expect(parseInline(src)).toEqual([{ type: "text", text: src }]);
    }
  });

  it("handles backslash escapes", () => {
    expect(parseInline("\\*not italic\\*")).toEqual([{ type: "text", text: "*not italic*" }]);
  });

  it("is not quadratic-explosive or deep on hostile input", () => {
    const start = performance.now();
    parseMarkdown("*".repeat(5000) + "_".repeat(5000) + "[".repeat(2000));
    parseMarkdown("**a ".repeat(2000));
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
