// Block Kit for what Baton posts in Slack. Pure: built from plain data, unit-tested. Visitor text
// is untrusted: escaped (so "<!channel>" or "<@U123>" cannot ping anyone) and cut to Slack's limits.
import type { KnownBlock } from "@slack/web-api";
import type { HandoffBriefDto } from "@/features/inbox/inbox.dto";

export const ACTIONS = {
  claim: "baton_claim",
  resolve: "baton_resolve",
  open: "baton_open",
  approve: "baton_draft_approve",
  edit: "baton_draft_edit",
  reject: "baton_draft_reject",
  takeOver: "baton_take_over",
  cancelTakeOver: "baton_take_over_cancel",
} as const;

type Block = Record<string, unknown>;
// Built as plain objects (readable, unit-tested); handed to the client as its Block Kit type.
const asBlocks = (blocks: Block[]) => blocks as unknown as KnownBlock[];

/** Slack's mrkdwn escaping: the only three characters with meaning in message text. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** 42 s -> "0:42", 725 s -> "12:05", 3723 s -> "1:02:03". */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const pad = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

export interface ParentMessageInput {
  conversationId: string;
  brief: Partial<HandoffBriefDto>;
  reasons: string[];
  lastMessages: { role: string; body: string }[];
  inboxUrl: string;
  state: { kind: "open" } | { kind: "claimed"; by: string; afterMs: number } | { kind: "resolved"; by: string | null };
}

const text = (value: string) => ({ type: "mrkdwn", text: value });
const button = (label: string, actionId: string, value: string, style?: "primary" | "danger") => ({
  type: "button",
  text: { type: "plain_text", text: label },
  action_id: actionId,
  value,
  ...(style ? { style } : {}),
});

/** The escalation's parent message: the brief, the last messages and the buttons that fit its state. */
export function parentMessage(input: ParentMessageInput): { text: string; blocks: KnownBlock[] } {
  const { brief, state } = input;
  const vip = brief.contact?.tier?.toLowerCase() === "vip";
  const who = escapeMrkdwn(clip(brief.contact?.name ?? brief.contact?.email ?? "A visitor", 80));
  const summary = escapeMrkdwn(clip(brief.summary || "No summary yet.", 1500));
  const fields = [
    text(`*Reasons*\n${input.reasons.length ? input.reasons.map((r) => escapeMrkdwn(r.replace(/_/g, " "))).join(", ") : "asked for a person"}`),
    text(`*Language*\n${escapeMrkdwn(brief.language ?? "unknown")}`),
    text(`*Contact*\n${who}${brief.contact?.email && brief.contact.name ? ` (${escapeMrkdwn(clip(brief.contact.email, 80))})` : ""}${brief.contact?.tier ? ` · ${escapeMrkdwn(brief.contact.tier)}` : ""}`),
    text(`*Current page*\n${brief.currentPage ? escapeMrkdwn(clip(brief.currentPage, 200)) : "unknown"}`),
  ];
  const last = input.lastMessages.slice(-3).map((m) => `*${m.role === "VISITOR" ? "Visitor" : m.role === "BOT" ? "Bot" : "Agent"}:* ${escapeMrkdwn(clip(m.body.replace(/\s+/g, " "), 300))}`);
  const status =
    state.kind === "claimed"
      ? `:white_check_mark: Claimed by *${escapeMrkdwn(state.by)}* after ${formatDuration(state.afterMs)}`
      : state.kind === "resolved"
        ? `:heavy_check_mark: Resolved${state.by ? ` by *${escapeMrkdwn(state.by)}*` : ""}`
        : ":hourglass_flowing_sand: Waiting for someone to claim";
  const buttons = [
    ...(state.kind === "open" ? [button("Claim", ACTIONS.claim, input.conversationId, "primary")] : []),
    ...(state.kind !== "resolved" ? [{ ...button("Resolve", ACTIONS.resolve, input.conversationId), confirm: resolveConfirm }] : []),
    { type: "button", text: { type: "plain_text", text: "Open in Baton" }, action_id: ACTIONS.open, url: input.inboxUrl },
  ];
  const blocks: Block[] = [
    { type: "header", text: { type: "plain_text", text: clip(`${vip ? "⭐ VIP · " : ""}${brief.contact?.name ?? "A visitor"} needs a person`, 150) } },
    { type: "section", text: text(summary) },
    { type: "section", fields },
    ...(last.length ? [{ type: "context", elements: [text(clip(last.join("\n"), 2900))] }] : []),
    { type: "context", elements: [text(status)] },
    { type: "actions", block_id: "baton_handoff", elements: buttons },
  ];
  return { text: `${vip ? "VIP: " : ""}${who} needs a person: ${clip(summary, 200)}`, blocks: asBlocks(blocks) };
}

const resolveConfirm = {
  title: { type: "plain_text", text: "Resolve this conversation?" },
  text: { type: "plain_text", text: "The visitor is asked to rate the conversation." },
  confirm: { type: "plain_text", text: "Resolve" },
  deny: { type: "plain_text", text: "Cancel" },
};

export interface ThreadLine {
  role: string;
  body: string;
  author: string | null;
  source: string;
}

/** Several messages in one thread post (a burst is coalesced into one post, oldest first). */
export function threadText(lines: ThreadLine[], omitted = 0): string {
  const rendered = lines.map((line) => {
    const body = escapeMrkdwn(clip(line.body, 1_500));
    if (line.role === "VISITOR") return `*${escapeMrkdwn(line.author ?? "Visitor")}:* ${body}`;
    if (line.role === "BOT") return `*Bot:* ${body}`;
    const via = line.source === "INBOX" ? "in Baton" : line.source === "WHATSAPP" ? "on WhatsApp" : line.source.toLowerCase();
    if (line.role === "NOTE") return `:memo: *${escapeMrkdwn(line.author ?? "Agent")}* (note, ${via}): ${body}`;
    return `*${escapeMrkdwn(line.author ?? "Agent")}* (${via}): ${body}`;
  });
  return [...(omitted > 0 ? [`_${omitted} earlier messages are in Baton._`] : []), ...rendered].join("\n");
}

export function draftMessage({ draftId, body, decided }: { draftId: string; body: string; decided?: { status: string; by: string } }): { text: string; blocks: KnownBlock[] } {
  const quoted = escapeMrkdwn(clip(body, 2_800)).split("\n").map((line) => `>${line}`).join("\n");
  const blocks: Block[] = [{ type: "section", text: text(`:robot_face: *The bot's answer is waiting for approval:*\n${quoted}`) }];
  if (decided) blocks.push({ type: "context", elements: [text(`${decided.status === "REJECTED" ? ":x: Rejected" : decided.status === "EDITED" ? ":pencil2: Edited and sent" : ":white_check_mark: Approved"} by *${escapeMrkdwn(decided.by)}*`)] });
  else
    blocks.push(
      { type: "actions", block_id: "baton_draft", elements: [button("Approve", ACTIONS.approve, draftId, "primary"), button("Edit", ACTIONS.edit, draftId), button("Reject", ACTIONS.reject, draftId, "danger")] },
      { type: "context", elements: [text("To change it, reply in this thread with `edit: your answer`.")] },
    );
  return { text: `The bot's answer is waiting for approval: ${clip(body, 200)}`, blocks: asBlocks(blocks) };
}

export function takeOverPrompt(pendingId: string): { text: string; blocks: KnownBlock[] } {
  const prompt = "Nobody has claimed this conversation yet. Take it over and send your reply to the visitor?";
  return {
    text: prompt,
    blocks: asBlocks([
      { type: "section", text: text(prompt) },
      { type: "actions", block_id: "baton_take_over", elements: [button("Take over and send", ACTIONS.takeOver, pendingId, "primary"), button("Don't send", ACTIONS.cancelTakeOver, pendingId)] },
    ]),
  };
}
