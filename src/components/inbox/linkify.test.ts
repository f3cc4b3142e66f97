import { describe, expect, it } from "vitest";
import { linkify } from "./linkify";

describe("linkify", () => {
  it("keeps plain text as one part", () => {
    expect(linkify("<b>hi</b> there")).toEqual([{ type: "text", text: "<b>hi</b> there" }]);
  });

  it("turns http(s) URLs into links and leaves trailing punctuation outside", () => {
    expect(linkify("See https://example.com/a?b=1. Thanks")).toEqual([
      { type: "text", text: "See " },
      { type: "link", text: "https://example.com/a?b=1", href: "https://example.com/a?b=1" },
      { type: "text", text: ". Thanks" },
    ]);
  });

  it("keeps balanced parentheses and drops an unbalanced closing one", () => {
    const parts = linkify("(see https://en.wikipedia.org/wiki/Foo_(bar))");
    expect(parts[1]).toMatchObject({ type: "link", text: "https://en.wikipedia.org/wiki/Foo_(bar)" });
    expect(parts[2]).toEqual({ type: "text", text: ")" });
  });

  it("never links other schemes", () => {
    expect(linkify('javascript:alert(1) data:text/html,<script>x</script>').every((part) => part.type === "text")).toBe(true);
  });

  it("keeps quotes and angle brackets out of a URL", () => {
    expect(linkify('<a href="https://evil.example">x</a>')[1]).toMatchObject({ type: "link", text: "https://evil.example" });
  });
});
