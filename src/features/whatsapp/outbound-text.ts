// What Baton writes on WhatsApp, as Cloud API bodies. Pure, so the wording and Meta's template
// rules are tested without a network.
import type { OutboundBody } from "./graph-client";

/** Meta refuses template parameters with newlines, tabs or more than four spaces in a row. */
export function templateParam(text: string, max = 600): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return (flat.length > max ? `${flat.slice(0, max - 1)}…` : flat) || "-";
}

/** WhatsApp caps a text message at 4096 characters. */
export function textBody(text: string): OutboundBody {
  return { type: "text", text: { body: text.length > 4096 ? `${text.slice(0, 4095)}…` : text, preview_url: false } };
}

export const CLAIM_PREFIX = "claim:";
export const PASS_PREFIX = "pass:";

export interface AlertFacts {
  handoffId: string;
  customer: string;
  reasons: string;
  summary: string;
}

/**
 * The agent alert: the workspace's approved utility template with body parameters
 * {{1}} customer, {{2}} why a person is needed, {{3}} the brief's summary, and two quick-reply
 * buttons (Claim, Pass) whose payloads carry the handoff id back to the webhook.
 */
export function alertTemplateBody(facts: AlertFacts, template: { name: string; language: string }): OutboundBody {
  return {
    type: "template",
    template: {
      name: template.name,
      language: { code: template.language },
      components: [
        { type: "body", parameters: [facts.customer, facts.reasons, facts.summary].map((text) => ({ type: "text", text: templateParam(text, 300) })) },
        { type: "button", sub_type: "quick_reply", index: "0", parameters: [{ type: "payload", payload: `${CLAIM_PREFIX}${facts.handoffId}` }] },
        { type: "button", sub_type: "quick_reply", index: "1", parameters: [{ type: "payload", payload: `${PASS_PREFIX}${facts.handoffId}` }] },
      ],
    },
  };
}

/** Without an alert template: reply buttons in a free-form message (delivered only inside the agent's own 24-hour window). */
export function alertInteractiveBody(facts: AlertFacts): OutboundBody {
  return {
    type: "interactive",
    interactive: {
      type: "button",
      body: { text: `A customer needs a person: ${facts.customer}\nWhy: ${facts.reasons}\n\n${facts.summary}`.slice(0, 1024) },
      action: {
        buttons: [
          { type: "reply", reply: { id: `${CLAIM_PREFIX}${facts.handoffId}`, title: "Claim" } },
          { type: "reply", reply: { id: `${PASS_PREFIX}${facts.handoffId}`, title: "Pass" } },
        ],
      },
    },
  };
}

/**
 * An agent's reply outside the visitor's 24-hour window: the workspace's follow-up template,
 * whose one body parameter {{1}} carries the agent's text.
 */
export function followUpTemplateBody(text: string, template: { name: string; language: string }): OutboundBody {
  return {
    type: "template",
    template: { name: template.name, language: { code: template.language }, components: [{ type: "body", parameters: [{ type: "text", text: templateParam(text, 1000) }] }] },
  };
}

/** A visitor's words relayed to the agent who claimed from WhatsApp. */
export function relayToAgentText(customer: string, body: string): string {
  return `*${customer}:* ${body}`;
}

export function customerLabel(contact: { name: string | null; phone: string | null; email?: string | null }): string {
  return contact.name ?? contact.phone ?? contact.email ?? "A visitor";
}

export const UNSUPPORTED_REPLY = "Sorry, I can only read text messages here. Please type your question and I'll help.";
