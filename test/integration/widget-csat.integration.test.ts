import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import * as csatRoute from "@/app/api/widget/csat/route";
import * as leadRoute from "@/app/api/widget/lead/route";
import * as messagesRoute from "@/app/api/widget/messages/route";
import { drainBackground } from "@/server/background";
import { db } from "@/server/db";
import { publishToWorkspace } from "@/server/publish";
import { signUpOwner } from "../support/accounts";
import { call } from "../support/routes";
import { bearer, createWidgetInbox, startVisitor } from "../support/widget";

// The real publisher (through Redis), watched: the agents must hear about a rating.
vi.mock("@/server/publish", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/server/publish")>();
  return { ...actual, publishToWorkspace: vi.fn(actual.publishToWorkspace) };
});

let organizationId: string;
let publicKey: string;

beforeAll(async () => {
  organizationId = (await signUpOwner("csat-owner", "Csat Co")).organizationId;
  publicKey = (await createWidgetInbox(organizationId)).publicKey;
});
beforeEach(() => vi.mocked(publishToWorkspace).mockClear());

/** A visitor with one conversation, put in `status` directly (the inbox's resolve is not under test). */
async function visitorWithConversation(status: "RESOLVED" | "ASSIGNED" | "BOT" = "RESOLVED") {
  const visitor = await startVisitor(publicKey);
  const sent = await call(messagesRoute.POST, "POST", "/", { headers: bearer(visitor.token), body: { clientId: randomUUID(), text: "Where is my parcel?" } });
  await drainBackground();
  const conversationId: string = sent.body.message.conversationId;
  await db.conversation.update({ where: { id: conversationId }, data: { status, resolvedAt: status === "RESOLVED" ? new Date() : null } });
  return { ...visitor, conversationId };
}

const rate = (token: string, body: unknown) =>
  call(csatRoute.POST, "POST", "/api/widget/csat", { headers: { ...bearer(token), origin: "https://shop.example" }, body });
const stored = (conversationId: string) =>
  db.conversation.findUniqueOrThrow({ where: { id: conversationId }, select: { csatScore: true, csatComment: true, csatAt: true } });
const csatEvents = () => vi.mocked(publishToWorkspace).mock.calls.filter(([, event]) => event === "conversation:csat");

describe("POST /api/widget/csat", () => {
  it("stores the visitor's rating of a resolved conversation, tells the agents, and the resync shows it", async () => {
    const visitor = await visitorWithConversation();
    const response = await rate(visitor.token, { conversationId: visitor.conversationId, score: 4, comment: "  Quick and friendly  " });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ conversationId: visitor.conversationId, score: 4 });
    expect(response.headers.get("access-control-allow-origin")).toBe("https://shop.example");
    expect(await stored(visitor.conversationId)).toEqual({ csatScore: 4, csatComment: "Quick and friendly", csatAt: expect.any(Date) });
    expect(csatEvents()).toEqual([[organizationId, "conversation:csat", { conversationId: visitor.conversationId, score: 4, comment: "Quick and friendly" }]]);

    // A reload must not ask again: both the resync and a new session carry the score.
    const resync = await call(messagesRoute.GET, "GET", "/api/widget/messages?after=0", { headers: bearer(visitor.token) });
    expect(resync.body.conversation).toMatchObject({ id: visitor.conversationId, status: "RESOLVED", csatScore: 4 });
    const again = await startVisitor(publicKey, "https://shop.example", visitor.visitorId);
    expect(again.conversation).toMatchObject({ id: visitor.conversationId, csatScore: 4 });
  });

  it("a comment is optional (stored as null)", async () => {
    const visitor = await visitorWithConversation();
    expect((await rate(visitor.token, { conversationId: visitor.conversationId, score: 5 })).status).toBe(201);
    expect(await stored(visitor.conversationId)).toMatchObject({ csatScore: 5, csatComment: null });
    expect(csatEvents()[0]?.[2]).toEqual({ conversationId: visitor.conversationId, score: 5, comment: null });
  });

  it("rating twice is 409 ALREADY_RATED and the first rating wins, also when the two race", async () => {
    const visitor = await visitorWithConversation();
    expect((await rate(visitor.token, { conversationId: visitor.conversationId, score: 2, comment: "slow" })).status).toBe(201);
    const twice = await rate(visitor.token, { conversationId: visitor.conversationId, score: 5, comment: "actually great" });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe("ALREADY_RATED");
    expect(await stored(visitor.conversationId)).toMatchObject({ csatScore: 2, csatComment: "slow" });

    const racing = await visitorWithConversation();
    const responses = await Promise.all([1, 2, 3, 4, 5].map((score) => rate(racing.token, { conversationId: racing.conversationId, score })));
    const won = responses.filter((response) => response.status === 201);
    expect(won).toHaveLength(1);
    expect(responses.filter((response) => response.status === 409 && response.body.error.code === "ALREADY_RATED")).toHaveLength(4);
    expect((await stored(racing.conversationId)).csatScore).toBe(won[0]!.body.score);
    expect(csatEvents()).toHaveLength(2);
  });

  it("another visitor's conversation is 404 and stays unrated", async () => {
    const owner = await visitorWithConversation();
    const stranger = await startVisitor(publicKey);
    const response = await rate(stranger.token, { conversationId: owner.conversationId, score: 1, comment: "spite" });
    expect(response.status).toBe(404);
    expect(await stored(owner.conversationId)).toEqual({ csatScore: null, csatComment: null, csatAt: null });
    const unknown = await rate(stranger.token, { conversationId: "no-such-conversation", score: 3 });
    expect(unknown.status).toBe(404);
    expect(csatEvents()).toEqual([]);
  });

  it.each(["ASSIGNED", "BOT"] as const)("a conversation that is %s (not resolved) is 409 NOT_RESOLVED", async (status) => {
    const visitor = await visitorWithConversation(status);
    const response = await rate(visitor.token, { conversationId: visitor.conversationId, score: 5 });
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe("NOT_RESOLVED");
    expect((await stored(visitor.conversationId)).csatScore).toBeNull();
  });

  it.each([
    ["a score of 0", { score: 0 }],
    ["a score of 6", { score: 6 }],
    ["a fractional score", { score: 3.5 }],
    ["a score as a string", { score: "5" }],
    ["no score", {}],
    ["a comment over 1000 characters", { score: 4, comment: "x".repeat(1001) }],
  ])("rejects %s (422, the API's status for invalid input) and stores nothing", async (_label, body) => {
    const visitor = await visitorWithConversation();
    const response = await rate(visitor.token, { conversationId: visitor.conversationId, ...body });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe("VALIDATION_FAILED");
    expect(await stored(visitor.conversationId)).toEqual({ csatScore: null, csatComment: null, csatAt: null });
    expect(csatEvents()).toEqual([]);
  });

  it("needs a visitor token", async () => {
    const visitor = await visitorWithConversation();
    const response = await rate("forged.token", { conversationId: visitor.conversationId, score: 5 });
    expect(response.status).toBe(401);
    expect((await stored(visitor.conversationId)).csatScore).toBeNull();
  });
});

describe("widget resync after a lead", () => {
  it("tells a reloaded widget the lead was left, with the email the team will answer", async () => {
    const visitor = await startVisitor(publicKey);
    const before = await call(messagesRoute.GET, "GET", "/api/widget/messages?after=0", { headers: bearer(visitor.token) });
    expect(before.body.conversation).toBeNull();
    const lead = await call(leadRoute.POST, "POST", "/", { headers: bearer(visitor.token), body: { name: "Li Wei", email: "li@example.test", question: "Do you ship to Taiwan?" } });
    expect(lead.status).toBe(201);
    const after = await call(messagesRoute.GET, "GET", "/api/widget/messages?after=0", { headers: bearer(visitor.token) });
    expect(after.body.conversation).toMatchObject({ status: "LEAD_CAPTURE", leadEmail: "li@example.test", csatScore: null });
  });
});
