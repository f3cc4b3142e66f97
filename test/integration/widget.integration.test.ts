import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import * as messagesRoute from "@/app/api/widget/messages/route";
import * as sessionRoute from "@/app/api/widget/session/route";
import { drainBackground } from "@/server/background";
import { db } from "@/server/db";
import { signUpOwner } from "../support/accounts";
import { call } from "../support/routes";
import { bearer, createWidgetInbox, startVisitor } from "../support/widget";

let organizationId: string;
let publicKey: string;

beforeAll(async () => {
  organizationId = (await signUpOwner("widget-owner", "Widget Co")).organizationId;
  publicKey = (await createWidgetInbox(organizationId)).publicKey;
});

const post = (token: string, text: string, clientId = randomUUID()) =>
  call(messagesRoute.POST, "POST", "/api/widget/messages", { headers: bearer(token), body: { clientId, text } });

describe("widget session", () => {
  it("starts for an allowed origin and answers CORS for it", async () => {
    const response = await call(sessionRoute.POST, "POST", "/api/widget/session", { headers: { origin: "https://shop.example" }, body: { publicKey } });
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("https://shop.example");
    expect(response.body.visitorId).toEqual(expect.any(String));
    expect(response.body.conversation).toBeNull();
    expect(response.body.inbox.theme.color).toMatch(/^#/);
  });

  it("refuses other origins (403) and unknown keys (404)", async () => {
    const other = await call(sessionRoute.POST, "POST", "/", { headers: { origin: "https://evil.example" }, body: { publicKey } });
    expect(other.status).toBe(403);
    const unknown = await call(sessionRoute.POST, "POST", "/", { headers: { origin: "https://shop.example" }, body: { publicKey: "pk_nope" } });
    expect(unknown.status).toBe(404);
  });

  it("keeps the visitor (and their conversation) across page loads with the visitor id", async () => {
    const first = await startVisitor(publicKey);
    await post(first.token, "hello there");
    const again = await startVisitor(publicKey, "https://shop.example", first.visitorId);
    expect(again.visitorId).toBe(first.visitorId);
    expect(again.conversation?.id).toEqual(expect.any(String));
  });

  it("rejects requests without a valid token", async () => {
    const response = await call(messagesRoute.GET, "GET", "/api/widget/messages", { headers: bearer("forged.token") });
    expect(response.status).toBe(401);
  });
});

describe("visitor messages", () => {
  it("a retried clientId is stored once and answered with the original message", async () => {
    const visitor = await startVisitor(publicKey);
    const clientId = randomUUID();
    const first = await post(visitor.token, "Where is my order?", clientId);
    const retry = await post(visitor.token, "Where is my order?", clientId);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(200);
    expect(retry.body.message.id).toBe(first.body.message.id);
    expect(await db.message.count({ where: { clientId } })).toBe(1);
  });

  it("concurrent sends get distinct, gapless sequence numbers, and concurrent retries one row", async () => {
    const visitor = await startVisitor(publicKey);
    const sent = await Promise.all(Array.from({ length: 12 }, (_, i) => post(visitor.token, `message ${i}`)));
    expect(sent.every((response) => response.status === 201)).toBe(true);
    expect(new Set(sent.map((response) => response.body.message.seq)).size).toBe(12);
    expect(new Set(sent.map((response) => response.body.message.conversationId)).size).toBe(1);
    // The bot answers each one in the background; once it is done, the whole transcript is 1..N.
    await drainBackground();
    const all = await call(messagesRoute.GET, "GET", "/api/widget/messages?after=0", { headers: bearer(visitor.token) });
    const seqs = all.body.messages.map((m: { seq: number }) => m.seq);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
    expect(all.body.messages.filter((m: { role: string }) => m.role === "visitor")).toHaveLength(12);

    const clientId = randomUUID();
    const retries = await Promise.all(Array.from({ length: 8 }, () => post(visitor.token, "same", clientId)));
    expect(new Set(retries.map((response) => response.body.message.id)).size).toBe(1);
    expect(await db.message.count({ where: { clientId } })).toBe(1);
  });

  it("resumes after a seq and never shows internal notes", async () => {
    const visitor = await startVisitor(publicKey);
    const first = await post(visitor.token, "one");
    const conversationId = first.body.message.conversationId;
    await db.$transaction(async (tx) => {
      const { appendMessage } = await import("@/features/conversations/conversations.repository");
      await appendMessage(tx, { organizationId, conversationId, message: { role: "NOTE", source: "INBOX", body: "internal: VIP, be nice" } });
    });
    await post(visitor.token, "two");
    const all = await call(messagesRoute.GET, "GET", "/api/widget/messages?after=0", { headers: bearer(visitor.token) });
    const bodies = all.body.messages.map((m: { body: string }) => m.body);
    expect(bodies).toContain("one");
    expect(bodies).toContain("two");
    expect(JSON.stringify(all.body)).not.toContain("internal: VIP");
    const later = await call(messagesRoute.GET, "GET", `/api/widget/messages?after=${first.body.message.seq}`, { headers: bearer(visitor.token) });
    expect(later.body.messages.map((m: { body: string }) => m.body)).not.toContain("one");
  });

  it.each([
    ["an empty text", { clientId: randomUUID(), text: "   " }, 422],
    ["a text over 4000 characters", { clientId: randomUUID(), text: "x".repeat(4001) }, 422],
    ["no clientId", { text: "hi" }, 422],
  ])("rejects %s and stores nothing", async (_label, body, status) => {
    const visitor = await startVisitor(publicKey);
    // Bot replies to earlier tests' messages may still be landing: let them finish first.
    await drainBackground();
    const before = await db.message.count({ where: { organizationId } });
    const response = await call(messagesRoute.POST, "POST", "/", { headers: bearer(visitor.token), body });
    expect(response.status).toBe(status);
    expect(await db.message.count({ where: { organizationId } })).toBe(before);
  });
});

describe("talk to a human", () => {
  it("queues the conversation once, tells the visitor their place, and the bot stays quiet after", async () => {
    const { POST: handoff } = await import("@/app/api/widget/handoff/route");
    const visitor = await startVisitor(publicKey);
    const first = await call(handoff, "POST", "/api/widget/handoff", { headers: bearer(visitor.token), body: { clientId: randomUUID() } });
    expect(first.status).toBe(201);
    expect(first.body.conversation).toEqual(expect.objectContaining({ status: "QUEUED", queuePosition: expect.any(Number) }));
    const again = await call(handoff, "POST", "/api/widget/handoff", { headers: bearer(visitor.token), body: {} });
    expect(again.body.conversation.status).toBe("QUEUED");
    const conversationId = first.body.conversation.id;
    expect(await db.handoff.count({ where: { conversationId } })).toBe(1);
    const reasons = (await db.handoff.findFirstOrThrow({ where: { conversationId } })).reasons;
    expect(reasons).toEqual([expect.objectContaining({ code: "explicit_request" })]);

    await post(visitor.token, "hello? anyone?");
    await drainBackground();
    const messages = await db.message.findMany({ where: { conversationId }, orderBy: { seq: "asc" } });
    expect(messages.map((m) => m.role)).toEqual(["SYSTEM", "VISITOR"]);
    expect(messages[0]!.body).toMatch(/number \d+ in line/);
  });
});

describe("identify and lead form", () => {
  it("trusts identify() attributes only with a valid userHash", async () => {
    const { POST: identify } = await import("@/app/api/widget/identify/route");
    const { encryptSecret } = await import("@/server/secrets");
    const { identityHash } = await import("@/features/widget/identify-visitor");
    const inbox = await db.inbox.create({
      data: { organizationId, name: "Verified site", channel: "WEB_WIDGET", publicKey: `pk_test_${randomUUID()}`, identitySecret: encryptSecret("tenant-identity-secret") },
    });
    const forged = await startVisitor(inbox.publicKey);
    const bad = await call(identify, "POST", "/", { headers: bearer(forged.token), body: { id: "user-42", attributes: { vip: true }, userHash: "0".repeat(64) } });
    expect(bad.body).toEqual({ verified: false });
    const honest = await startVisitor(inbox.publicKey);
    const good = await call(identify, "POST", "/", {
      headers: bearer(honest.token),
      body: { id: "user-42", email: "vip@example.test", attributes: { vip: true, plan: "enterprise" }, userHash: identityHash("user-42", "tenant-identity-secret") },
    });
    expect(good.body).toEqual({ verified: true });
    const contacts = await db.contact.findMany({ where: { organizationId, OR: [{ externalId: "user-42" }, { email: "vip@example.test" }] } });
    expect(contacts).toEqual([expect.objectContaining({ identityVerified: true, externalId: "user-42", attributes: { vip: true, plan: "enterprise" } })]);
    // A later unverified call cannot overwrite the verified identity.
    const downgrade = await call(identify, "POST", "/", { headers: bearer(honest.token), body: { id: "user-42", attributes: { vip: false } } });
    expect(downgrade.body.verified).toBe(false);
    expect((await db.contact.findFirstOrThrow({ where: { externalId: "user-42", organizationId } })).attributes).toEqual({ vip: true, plan: "enterprise" });
  });

  it("a lead form stores the question for follow-up and takes the chat from the bot", async () => {
    const { POST: lead } = await import("@/app/api/widget/lead/route");
    const visitor = await startVisitor(publicKey);
    const invalid = await call(lead, "POST", "/", { headers: bearer(visitor.token), body: { name: "Li", email: "nope", question: "x" } });
    expect(invalid.status).toBe(422);
    const created = await call(lead, "POST", "/", { headers: bearer(visitor.token), body: { name: "Li Wei", email: "li@example.test", question: "Do you ship to Taiwan?" } });
    expect(created.status).toBe(201);
    const conversation = await db.conversation.findUniqueOrThrow({ where: { id: created.body.message.conversationId }, include: { contact: true } });
    expect(conversation.status).toBe("LEAD_CAPTURE");
    expect(conversation.contact).toEqual(expect.objectContaining({ name: "Li Wei", email: "li@example.test" }));
  });
});
