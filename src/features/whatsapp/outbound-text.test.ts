import { describe, expect, it } from "vitest";
import { classifyGraphError } from "./graph-client";
import { alertTemplateBody, followUpTemplateBody, templateParam, textBody } from "./outbound-text";
import { toWhatsAppText } from "./whatsapp-text";

describe("template parameters", () => {
  it("have no newlines, tabs or long runs of spaces (Meta refuses them), and are never empty", () => {
    expect(templateParam("Hello\n\nthere\t  you     all ")).toBe("Hello there you all");
    expect(templateParam("   ")).toBe("-");
    expect(templateParam("x".repeat(20), 10)).toBe(`${"x".repeat(9)}…`);
  });

  it("the alert carries the handoff id in both quick replies", () => {
    const body = alertTemplateBody({ handoffId: "h1", customer: "Jonas", reasons: "explicit request", summary: "Wants\na person" }, { name: "agent_alert", language: "en" });
    expect(body).toEqual({
      type: "template",
      template: {
        name: "agent_alert",
        language: { code: "en" },
        components: [
          { type: "body", parameters: [{ type: "text", text: "Jonas" }, { type: "text", text: "explicit request" }, { type: "text", text: "Wants a person" }] },
          { type: "button", sub_type: "quick_reply", index: "0", parameters: [{ type: "payload", payload: "claim:h1" }] },
          { type: "button", sub_type: "quick_reply", index: "1", parameters: [{ type: "payload", payload: "pass:h1" }] },
        ],
      },
    });
  });

  it("the follow-up template carries the agent's text as {{1}}", () => {
    expect(followUpTemplateBody("Still there?", { name: "follow_up", language: "en_US" })).toEqual({
      type: "template",
      template: { name: "follow_up", language: { code: "en_US" }, components: [{ type: "body", parameters: [{ type: "text", text: "Still there?" }] }] },
    });
  });
});

describe("text", () => {
  it("is cut to WhatsApp's 4096 characters", () => {
    const body = textBody("y".repeat(5000));
    expect(body.type === "text" && body.text.body.length).toBe(4096);
  });

  it("turns the bot's Markdown into WhatsApp formatting", () => {
    expect(toWhatsAppText("**Open** daily. See [our page](https://x.example/a) or https://x.example\n## Prices")).toBe("*Open* daily. See our page (https://x.example/a) or https://x.example\n*Prices*");
  });
});

describe("Graph API errors", () => {
  it("are classified by Meta's codes first, then the HTTP status", () => {
    expect(classifyGraphError(400, 131047)).toBe("window_closed");
    expect(classifyGraphError(400, 130429)).toBe("throttled");
    expect(classifyGraphError(400, 131056)).toBe("throttled");
    expect(classifyGraphError(400, 80007)).toBe("throttled");
    expect(classifyGraphError(429, null)).toBe("throttled");
    expect(classifyGraphError(503, null)).toBe("transient");
    expect(classifyGraphError(500, 131000)).toBe("transient");
    expect(classifyGraphError(401, 190)).toBe("auth");
    expect(classifyGraphError(400, 131026)).toBe("rejected");
  });
});
