import { describe, expect, it } from "vitest";
import { ACTIONS, draftMessage, escapeMrkdwn, formatDuration, parentMessage, threadText } from "./slack-blocks";
import { SlackRetryLater, classifySlackError, slackBackoffMs } from "./slack-errors";
import { ErrorCode } from "@slack/web-api";

const base = {
  conversationId: "conv1",
  brief: { summary: "Jacket arrived torn, wants a refund.", language: "fr", currentPage: "https://shop.example/orders/5521", contact: { name: "Zoé", email: "zoe@example.test", verified: true, tier: "VIP", attributes: {} } },
  reasons: ["explicit_request", "negative_sentiment"],
  lastMessages: [{ role: "VISITOR", body: "It is torn <!channel>" }],
  inboxUrl: "https://baton.example/dashboard/inbox?c=conv1",
};
const json = (value: unknown) => JSON.stringify(value);

describe("parentMessage", () => {
  it("shows the brief with a VIP badge and Claim / Resolve / Open in Baton while open", () => {
    const message = parentMessage({ ...base, state: { kind: "open" } });
    expect(message.text).toContain("VIP");
    expect(json(message.blocks)).toContain("⭐ VIP · Zoé needs a person");
    expect(json(message.blocks)).toContain("explicit request, negative sentiment");
    expect(json(message.blocks)).toContain("https://shop.example/orders/5521");
    const actions = message.blocks.find((block) => block.type === "actions") as unknown as { elements: { action_id: string; url?: string }[] };
    expect(actions.elements.map((element) => element.action_id)).toEqual([ACTIONS.claim, ACTIONS.resolve, ACTIONS.open]);
    expect(actions.elements[2]!.url).toBe(base.inboxUrl);
  });

  it("escapes visitor text so it cannot mention @channel or anyone", () => {
    const blocks = json(parentMessage({ ...base, state: { kind: "open" } }).blocks);
    expect(blocks).not.toContain("<!channel>");
    expect(blocks).toContain("&lt;!channel&gt;");
  });

  it("says who claimed and how fast, without a Claim button; resolved keeps only the link", () => {
    const claimed = json(parentMessage({ ...base, state: { kind: "claimed", by: "Ana", afterMs: 42_000 } }).blocks);
    expect(claimed).toContain("Claimed by *Ana* after 0:42");
    expect(claimed).not.toContain(ACTIONS.claim);
    expect(claimed).toContain(ACTIONS.resolve);
    const resolved = json(parentMessage({ ...base, state: { kind: "resolved", by: "Ana" } }).blocks);
    expect(resolved).not.toMatch(/baton_claim|baton_resolve/);
    expect(resolved).toContain(ACTIONS.open);
  });
});

describe("thread and draft text", () => {
  it("renders a burst in order with authors and surfaces, notes marked", () => {
    const text = threadText([
      { role: "VISITOR", body: "first", author: null, source: "WIDGET" },
      { role: "AGENT", body: "second", author: "Omar", source: "INBOX" },
      { role: "NOTE", body: "third", author: "Omar", source: "INBOX" },
    ], 4);
    expect(text.split("\n")).toEqual(["_4 earlier messages are in Baton._", "*Visitor:* first", "*Omar* (in Baton): second", ":memo: *Omar* (note, in Baton): third"]);
  });

  it("draft buttons while pending, the outcome once decided", () => {
    expect(json(draftMessage({ draftId: "d1", body: "Free returns" }).blocks)).toMatch(/baton_draft_approve.*baton_draft_edit.*baton_draft_reject/);
    const decided = json(draftMessage({ draftId: "d1", body: "Free returns", decided: { status: "APPROVED", by: "Ana" } }).blocks);
    expect(decided).toContain("Approved");
    expect(decided).not.toContain("baton_draft_approve");
  });

  it("formats durations and escapes the three mrkdwn characters", () => {
    expect([formatDuration(42_000), formatDuration(725_000), formatDuration(3_723_000)]).toEqual(["0:42", "12:05", "1:02:03"]);
    expect(escapeMrkdwn("a & <b> c")).toBe("a &amp; &lt;b&gt; c");
  });
});

describe("Slack failures", () => {
  it("classifies revoked tokens, rate limits and server errors, and backs off by Retry-After", () => {
    const platform = (error: string) => Object.assign(new Error(error), { code: ErrorCode.PlatformError, data: { ok: false, error } });
    expect(classifySlackError(platform("token_revoked")).kind).toBe("revoked");
    expect(classifySlackError(platform("account_inactive")).kind).toBe("revoked");
    expect(classifySlackError(platform("channel_not_found")).kind).toBe("rejected");
    expect(classifySlackError(Object.assign(new Error("x"), { code: ErrorCode.RateLimitedError, retryAfter: 3 }))).toMatchObject({ kind: "rate_limited", retryAfterMs: 3_000 });
    expect(classifySlackError(Object.assign(new Error("x"), { code: ErrorCode.HTTPError, statusCode: 503 })).kind).toBe("transient");
    expect(slackBackoffMs(1, new SlackRetryLater("429", 3_000))).toBe(3_000);
    expect([1, 2, 3].map((attempt) => slackBackoffMs(attempt, new Error("5xx")))).toEqual([2_000, 4_000, 8_000]);
    expect(slackBackoffMs(20, new Error("5xx"))).toBe(300_000);
  });
});
