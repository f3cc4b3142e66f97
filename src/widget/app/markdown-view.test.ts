// @vitest-environment happy-dom
import { h, render } from "preact";
import { describe, expect, it } from "vitest";
import { Markdown } from "./markdown-view";

function html(text: string): HTMLElement {
  const container = document.createElement("div");
  render(h(Markdown, { text }), container);
  return container;
}

describe("Markdown view", () => {
  it("renders HTML in a message as visible text, never as elements", () => {
    const el = html('<img src=x onerror=alert(1)> <script>alert(1)</script> <iframe src="https://x"></iframe> **bold**');
    expect(el.querySelector("img, script, iframe")).toBeNull();
    expect(el.textContent).toContain("<img src=x onerror=alert(1)>");
    expect(el.innerHTML).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(el.querySelector("strong")?.textContent).toBe("bold");
  });

  it("opens links in a new tab without opener or referrer, and never renders javascript: links", () => {
    const el = html("[docs](https://docs.example) [x](javascript:alert(1)) <mailto:help@example.com>");
    const links = [...el.querySelectorAll("a")];
    expect(links.map((a) => a.getAttribute("href"))).toEqual(["https://docs.example/", "mailto:help@example.com"]);
    for (const a of links) {
      expect(a.getAttribute("target")).toBe("_blank");
      expect(a.getAttribute("rel")).toBe("noopener noreferrer");
    }
    expect(el.innerHTML).not.toContain("javascript");
  });

  it("renders lists", () => {
    const el = html("- one\n- two\n\n3. three\n4. four");
    expect([...el.querySelectorAll("ul > li")].map((li) => li.textContent)).toEqual(["one", "two"]);
    expect(el.querySelector("ol")?.getAttribute("start")).toBe("3");
  });

  it("sets no event handler or style attributes from text", () => {
    const el = html('[a](https://x.example" onmouseover="alert(1)) <b onclick=alert(1)>x</b>');
    for (const node of el.querySelectorAll("*")) {
      for (const attr of node.getAttributeNames()) expect(["class", "dir", "href", "target", "rel", "start"]).toContain(attr);
    }
  });
});
