import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { MessageDto } from "@/features/conversations/message.dto";
import { MessageBubble } from "./message-bubble";

const HOSTILE = '<img src=x onerror=alert(1)> <script>alert(1)</script> [x](javascript:alert(1)) https://ok.example/a';

function render(role: MessageDto["role"], body = HOSTILE): string {
  const message = { role, body, author: { name: "Omar", avatarUrl: null }, createdAt: "2025-01-01T12:00:00Z", confidence: 0.8 };
  return renderToStaticMarkup(createElement(MessageBubble, { message }));
}

describe("MessageBubble", () => {
  it.each(["visitor", "bot", "agent", "note", "system"] as const)("renders %s text as text, never as HTML", (role) => {
    const html = render(role);
    expect(html).not.toMatch(/<img|<script/);
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).not.toContain('href="javascript');
  });

  it("links http(s) URLs with noopener in visitor text and bot markdown", () => {
    for (const role of ["visitor", "bot"] as const) {
      const html = render(role);
      expect(html).toContain('href="https://ok.example/a"');
      expect(html).toContain('rel="noopener noreferrer nofollow"');
    }
  });

  it("renders bot markdown lists as elements and visitor markdown as typed", () => {
    expect(render("bot", "- one\n- two")).toContain("<li>one</li>");
    expect(render("visitor", "- one\n- **two**")).toContain("- **two**");
  });

  it("labels internal notes", () => {
    expect(render("note", "check the refund")).toContain("Internal note");
  });
});
