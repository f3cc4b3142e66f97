import { beforeAll, describe, expect, it } from "vitest";
import * as listRoute from "@/app/api/inbox/conversations/route";
import * as detailRoute from "@/app/api/inbox/conversations/[conversationId]/route";
import * as transferRoute from "@/app/api/inbox/conversations/[conversationId]/transfer/route";
import * as handbackRoute from "@/app/api/inbox/conversations/[conversationId]/handback/route";
import * as resolveRoute from "@/app/api/inbox/conversations/[conversationId]/resolve/route";
import * as reopenRoute from "@/app/api/inbox/conversations/[conversationId]/reopen/route";
import * as readRoute from "@/app/api/inbox/conversations/[conversationId]/read/route";
import * as meRoute from "@/app/api/inbox/me/route";
import { getQueue } from "@/jobs/queues";
import { drainBackground } from "@/server/background";
import { db } from "@/server/db";
import { addMember, signUpOwner, type TestAccount } from "../support/accounts";
import { agentSays, claim, escalatedVisitor, visitorMessages, visitorSays } from "../support/inbox";
import { call } from "../support/routes";
import { addKnowledge, createWidgetInbox, startVisitor } from "../support/widget";

let owner: TestAccount;
let ana: TestAccount;
let omar: TestAccount;
let publicKey: string;

beforeAll(async () => {
  owner = await signUpOwner("inbox-owner", "Inbox Co");
  ana = await addMember(owner, "agent", "Ana");
  omar = await addMember(owner, "agent", "Omar");
  publicKey = (await createWidgetInbox(owner.organizationId)).publicKey;
  await addKnowledge(owner.organizationId, [
    { title: "Shipping times", exampleQuestions: ["how long does shipping take", "when will my order arrive", "delivery time"], answer: "Orders arrive in 3-5 working days." },
    { title: "Returns", exampleQuestions: ["how do I return an item", "can I send it back", "return policy"], answer: "You can return anything within 30 days." },
  ]);
});

const post = (handler: Parameters<typeof call>[0], path: string, cookie: string, conversationId: string, body?: unknown) =>
  call(handler, "POST", path, { cookie, params: { conversationId }, ...(body === undefined ? {} : { body }) });
const list = (cookie: string, query: string) => call(listRoute.GET, "GET", `/api/inbox/conversations?${query}`, { cookie });

describe("the queue", () => {
  it("shows an escalation with its brief, first in first out, with counts", async () => {
    const first = await escalatedVisitor(publicKey, "I was charged twice for my order");
    const second = await escalatedVisitor(publicKey, "Where is my parcel?");
    const queue = await list(ana.cookie, "view=queue");
    expect(queue.status).toBe(200);
    const ids = queue.body.conversations.map((c: { id: string }) => c.id);
    expect(ids.indexOf(first.conversationId)).toBeLessThan(ids.indexOf(second.conversationId));
    expect(queue.body.counts.queue).toBeGreaterThanOrEqual(2);
    const item = queue.body.conversations.find((c: { id: string }) => c.id === first.conversationId);
    // A double charge is a sensitive topic: the trigger engine escalated it before the button was pressed.
    expect(item).toEqual(expect.objectContaining({ status: "QUEUED", reasons: ["sensitive_topic"], lastMessagePreview: "I was charged twice for my order" }));

    const detail = await call(detailRoute.GET, "GET", "/", { cookie: ana.cookie, params: { conversationId: first.conversationId } });
    expect(detail.status).toBe(200);
    expect(detail.body.handoff.brief.summary).toContain("charged twice");
    expect(detail.body.handoff.firstNotifiedAt).toEqual(expect.any(String));
    expect(detail.body.messages.map((m: { role: string }) => m.role)).toContain("visitor");

    // Slack, WhatsApp and webhooks hear of it through one queued event.
    const jobs = await getQueue("default").getJobs(["waiting", "delayed", "active", "completed"]);
    const events = jobs.filter((job) => job.name === "conversation.event" && job.data.conversationId === first.conversationId).map((job) => job.data.type);
    expect(events).toEqual(expect.arrayContaining(["message.created", "handoff.requested"]));
  });

  it("finds conversations by what the visitor wrote", async () => {
    const visitor = await escalatedVisitor(publicKey, "my zebra-striped umbrella is missing");
    const found = await list(ana.cookie, "view=all&q=zebra-striped");
    expect(found.body.conversations.map((c: { id: string }) => c.id)).toEqual([visitor.conversationId]);
  });
});

describe("claiming", () => {
  it("two agents claiming at once: exactly one wins and the other is told who", async () => {
    const visitor = await escalatedVisitor(publicKey);
    const [a, b] = await Promise.all([claim(ana.cookie, visitor.conversationId), claim(omar.cookie, visitor.conversationId)]);
    const statuses = [a.status, b.status].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    const winnerName = a.status === 200 ? "Ana" : "Omar";
    expect(loser.body.error.code).toBe("ALREADY_CLAIMED");
    expect(loser.body.error.details.claimedBy.name).toBe(winnerName);

    const conversation = await db.conversation.findUniqueOrThrow({ where: { id: visitor.conversationId } });
    expect(conversation.status).toBe("ASSIGNED");
    const handoff = await db.handoff.findFirstOrThrow({ where: { conversationId: visitor.conversationId } });
    expect(handoff).toEqual(expect.objectContaining({ status: "CLAIMED", claimedVia: "inbox", claimedAt: expect.any(Date) }));
    // The visitor is told who joined; claiming again as the winner changes nothing.
    const seen = await visitorMessages(visitor.token);
    expect(seen.body.messages.filter((m: { body: string }) => m.body === `${winnerName} joined the conversation.`)).toHaveLength(1);
    const again = await claim(winnerName === "Ana" ? ana.cookie : omar.cookie, visitor.conversationId);
    expect(again.status).toBe(200);
    expect((await visitorMessages(visitor.token)).body.messages).toHaveLength(seen.body.messages.length);
  });

  it("a bot answer racing a claim never lands after it", async () => {
    const conversations = await Promise.all(
      Array.from({ length: 8 }, async () => {
        const visitor = await startVisitor(publicKey);
        const sent = await visitorSays(visitor.token, "how long does shipping take");
        return sent.body.message.conversationId as string;
      }),
    );
    // The bot replies run in the background right now; claim while they are in flight.
    await Promise.all(conversations.map((id) => claim(ana.cookie, id)));
    await drainBackground();
    for (const conversationId of conversations) {
      const messages = await db.message.findMany({ where: { conversationId }, orderBy: { seq: "asc" } });
      const joinedAt = messages.find((m) => m.role === "SYSTEM" && m.body.includes("joined"))!.seq;
      expect(messages.filter((m) => m.role === "BOT" && m.seq > joinedAt)).toEqual([]);
    }
  });
});

describe("replying", () => {
  it("a reply claims an unclaimed conversation, reaches the visitor once, and notes never do", async () => {
    const visitor = await escalatedVisitor(publicKey);
    const clientId = crypto.randomUUID();
    const reply = await agentSays(omar.cookie, visitor.conversationId, "Hi, I'm Omar. Let me check that for you.", { clientId });
    expect(reply.status).toBe(201);
    const retry = await agentSays(omar.cookie, visitor.conversationId, "Hi, I'm Omar. Let me check that for you.", { clientId });
    expect(retry.status).toBe(200);
    expect(retry.body.message.id).toBe(reply.body.message.id);
    await agentSays(omar.cookie, visitor.conversationId, "customer sounds upset <b>careful</b>", { note: true });

    const conversation = await db.conversation.findUniqueOrThrow({ where: { id: visitor.conversationId } });
    expect(conversation).toEqual(expect.objectContaining({ status: "ASSIGNED", assigneeId: omar.userId }));
    const handoff = await db.handoff.findFirstOrThrow({ where: { conversationId: visitor.conversationId } });
    expect(handoff).toEqual(expect.objectContaining({ status: "CLAIMED", claimedById: omar.userId, claimedVia: "reply", firstHumanReplyAt: expect.any(Date) }));
    // Stored as the reply's own time (the reply path writes these timestamps in SQL).
    for (const at of [handoff.claimedAt!, handoff.firstHumanReplyAt!]) expect(Math.abs(at.getTime() - Date.parse(reply.body.message.createdAt))).toBeLessThan(1000);
    const seen = (await visitorMessages(visitor.token)).body.messages as { seq: number; role: string; body: string; author: { name: string } | null }[];
    // The claim's join notice comes right before the reply, and the visitor's sequence has no gaps.
    expect(seen.find((m) => m.seq === reply.body.message.seq - 1)).toEqual(expect.objectContaining({ role: "system", author: expect.objectContaining({ name: "Omar" }) }));
    expect(seen.map((m) => m.seq)).toEqual(seen.map((_, i) => seen[0]!.seq + i));
    expect(seen.filter((m) => m.role === "agent")).toEqual([expect.objectContaining({ body: "Hi, I'm Omar. Let me check that for you.", author: expect.objectContaining({ name: "Omar" }) })]);
    expect(seen.some((m) => m.body.includes("careful"))).toBe(false);

    // The visitor's next message gets no bot answer: a human has the conversation.
    await visitorSays(visitor.token, "how long does shipping take");
    await drainBackground();
    expect(await db.message.count({ where: { conversationId: visitor.conversationId, role: "BOT", seq: { gt: reply.body.message.seq } } })).toBe(0);
  });

  it("refuses a reply to a resolved conversation until it is reopened; bad input changes nothing", async () => {
    const visitor = await escalatedVisitor(publicKey);
    await claim(ana.cookie, visitor.conversationId);
    expect((await post(resolveRoute.POST, "/", ana.cookie, visitor.conversationId)).status).toBe(200);
    const refused = await agentSays(ana.cookie, visitor.conversationId, "one more thing");
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("CONVERSATION_RESOLVED");
    const before = await db.message.count({ where: { conversationId: visitor.conversationId } });
    expect((await agentSays(ana.cookie, visitor.conversationId, "   ")).status).toBe(422);
    expect(await db.message.count({ where: { conversationId: visitor.conversationId } })).toBe(before);

    const reopened = await post(reopenRoute.POST, "/", omar.cookie, visitor.conversationId);
    expect(reopened.body.conversation).toEqual(expect.objectContaining({ status: "ASSIGNED", assignee: { id: omar.userId, name: "Omar" } }));
    expect((await agentSays(omar.cookie, visitor.conversationId, "one more thing")).status).toBe(201);
    const handoff = await db.handoff.findFirstOrThrow({ where: { conversationId: visitor.conversationId } });
    expect(handoff.resolvedAt).toEqual(expect.any(Date));
  });
});

describe("transfer, hand back, read markers", () => {
  it("transfers to a team with nobody online and says so", async () => {
    const team = await db.team.create({ data: { organizationId: owner.organizationId, name: `Billing ${Date.now()}` } });
    await db.teamMember.create({ data: { organizationId: owner.organizationId, teamId: team.id, userId: omar.userId } });
    const visitor = await escalatedVisitor(publicKey);
    await claim(ana.cookie, visitor.conversationId);
    const moved = await post(transferRoute.POST, "/", ana.cookie, visitor.conversationId, { teamId: team.id });
    expect(moved.status).toBe(200);
    expect(moved.body.warning).toBe("NOBODY_ONLINE");
    expect(moved.body.conversation).toEqual(expect.objectContaining({ status: "QUEUED", team: { id: team.id, name: team.name }, assignee: null }));
    const invalid = await post(transferRoute.POST, "/", ana.cookie, visitor.conversationId, { teamId: team.id, assigneeId: omar.userId });
    expect(invalid.status).toBe(422);
  });

  it("hands back to the bot, which answers again", async () => {
    const visitor = await escalatedVisitor(publicKey);
    await claim(ana.cookie, visitor.conversationId);
    const back = await post(handbackRoute.POST, "/", ana.cookie, visitor.conversationId);
    expect(back.body.conversation.status).toBe("BOT");
    const asked = await visitorSays(visitor.token, "how long does shipping take");
    await drainBackground();
    const bot = await db.message.findMany({ where: { conversationId: visitor.conversationId, role: "BOT", seq: { gt: asked.body.message.seq } } });
    expect(bot.map((m) => m.body)).toEqual(["Orders arrive in 3-5 working days."]);
  });

  it("counts unread messages per agent until they read them", async () => {
    const visitor = await escalatedVisitor(publicKey);
    const item = async (cookie: string) =>
      (await list(cookie, "view=queue&limit=100")).body.conversations.find((c: { id: string }) => c.id === visitor.conversationId);
    const before = await item(ana.cookie);
    expect(before.unread).toBeGreaterThan(0);
    const read = await post(readRoute.POST, "/", ana.cookie, visitor.conversationId, { seq: before.lastSeq });
    expect(read.status).toBe(204);
    expect((await item(ana.cookie)).unread).toBe(0);
    expect((await item(omar.cookie)).unread).toBe(before.unread);
  });
});

describe("round-robin teams", () => {
  it("assigns to an online agent under capacity, oldest first, and the rest wait", async () => {
    const org = await signUpOwner("rr-owner", "RR Co");
    const agent = await addMember(org, "agent", "Rita");
    const inbox = await createWidgetInbox(org.organizationId);
    const team = await db.team.create({ data: { organizationId: org.organizationId, name: "Support", assignmentMode: "ROUND_ROBIN" } });
    await db.teamMember.create({ data: { organizationId: org.organizationId, teamId: team.id, userId: agent.userId } });
    await db.inbox.update({ where: { id: inbox.id }, data: { defaultTeamId: team.id } });
    const me = await call(meRoute.PATCH, "PATCH", "/api/inbox/me", { cookie: agent.cookie, body: { status: "ONLINE", capacity: 1 } });
    expect(me.body.agent).toEqual(expect.objectContaining({ status: "ONLINE", capacity: 1 }));

    const first = await escalatedVisitor(inbox.publicKey);
    const second = await escalatedVisitor(inbox.publicKey);
    const status = async (id: string) => (await db.conversation.findUniqueOrThrow({ where: { id } })).status;
    expect(await status(first.conversationId)).toBe("ASSIGNED");
    expect(await status(second.conversationId)).toBe("QUEUED");
    expect((await db.handoff.findFirstOrThrow({ where: { conversationId: first.conversationId } })).claimedVia).toBe("auto");
    // Resolving frees capacity: the next in line is assigned.
    await post(resolveRoute.POST, "/", agent.cookie, first.conversationId);
    expect(await status(second.conversationId)).toBe("ASSIGNED");
  });
});

describe("tenant isolation", () => {
  it("another workspace's agent cannot see or act on the conversation", async () => {
    const visitor = await escalatedVisitor(publicKey);
    const stranger = await signUpOwner("stranger", "Other Co");
    expect((await call(detailRoute.GET, "GET", "/", { cookie: stranger.cookie, params: { conversationId: visitor.conversationId } })).status).toBe(404);
    expect((await claim(stranger.cookie, visitor.conversationId)).status).toBe(404);
    expect((await agentSays(stranger.cookie, visitor.conversationId, "hi")).status).toBe(404);
    expect((await list(stranger.cookie, "view=queue")).body.conversations).toEqual([]);
    expect((await db.conversation.findUniqueOrThrow({ where: { id: visitor.conversationId } })).status).toBe("QUEUED");
  });
});
