// What happens around a handoff besides the inbox: business hours, the escalation ladder, bot
// modes, and draft approval.
import { describe, expect, it } from "vitest";
import * as approveRoute from "@/app/api/inbox/drafts/[draftId]/approve/route";
import * as rejectRoute from "@/app/api/inbox/drafts/[draftId]/reject/route";
import { takeMissedChat } from "@/features/handoff/bot-modes";
import { escalateHandoff } from "@/features/handoff/escalate-handoff";
import { replyToVisitor } from "@/features/responder/reply-to-visitor";
import { drainBackground } from "@/server/background";
import { db } from "@/server/db";
import { addMember, signUpOwner } from "../support/accounts";
import { claim, escalatedVisitor, visitorMessages, visitorSays } from "../support/inbox";
import { call } from "../support/routes";
import { addKnowledge, createWidgetInbox, startVisitor } from "../support/widget";

const SHIPPING = { title: "Shipping times", exampleQuestions: ["how long does shipping take", "when will my order arrive", "delivery time"], answer: "Orders arrive in 3-5 working days." };
const RETURNS = { title: "Returns", exampleQuestions: ["how do I return an item", "can I send it back", "return policy"], answer: "You can return anything within 30 days." };

async function workspace(label: string) {
  const owner = await signUpOwner(label, `${label} Co`);
  const agent = await addMember(owner, "agent", "Ana");
  const inbox = await createWidgetInbox(owner.organizationId);
  await addKnowledge(owner.organizationId, [SHIPPING, RETURNS]);
  return { owner, agent, inbox };
}

const conversationOf = (id: string) => db.conversation.findUniqueOrThrow({ where: { id } });

describe("business hours", () => {
  it("after hours an escalation becomes lead capture, and the visitor is told honestly", async () => {
    const { owner, inbox } = await workspace("after-hours");
    // A schedule with no open hours at all: always closed.
    const hours = await db.businessHours.create({ data: { organizationId: owner.organizationId, timezone: "Europe/London", weekly: [] } });
    await db.inbox.update({ where: { id: inbox.id }, data: { businessHoursId: hours.id } });
    const visitor = await escalatedVisitor(inbox.publicKey, "hello");
    expect(visitor.handoff.conversation.status).toBe("LEAD_CAPTURE");
    expect((await conversationOf(visitor.conversationId)).status).toBe("LEAD_CAPTURE");
    const seen = (await visitorMessages(visitor.token)).body.messages as { role: string; body: string }[];
    expect(seen.at(-1)).toEqual(expect.objectContaining({ role: "system", body: expect.stringContaining("offline right now") }));
  });

  it("within hours the same escalation is queued", async () => {
    const { owner, inbox } = await workspace("open-hours");
    const allWeek = [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, open: "00:00", close: "24:00" }));
    const hours = await db.businessHours.create({ data: { organizationId: owner.organizationId, timezone: "Asia/Tokyo", weekly: allWeek } });
    await db.inbox.update({ where: { id: inbox.id }, data: { businessHoursId: hours.id } });
    const visitor = await escalatedVisitor(inbox.publicKey, "hello");
    expect(visitor.handoff.conversation.status).toBe("QUEUED");
  });
});

describe("escalation ladder", () => {
  it("widens, then gives up honestly and takes a lead; a claim in between stops it", async () => {
    const { agent, inbox } = await workspace("ladder");
    const waiting = await escalatedVisitor(inbox.publicKey, "hello");
    const handoff = await db.handoff.findFirstOrThrow({ where: { conversationId: waiting.conversationId } });
    expect(await escalateHandoff({ organizationId: handoff.organizationId, handoffId: handoff.id, level: 1 })).toEqual({ escalated: true });
    expect((await db.handoff.findUniqueOrThrow({ where: { id: handoff.id } })).escalationLevel).toBe(1);
    expect(await escalateHandoff({ organizationId: handoff.organizationId, handoffId: handoff.id, level: 2 })).toEqual({ escalated: true });
    expect((await conversationOf(waiting.conversationId)).status).toBe("LEAD_CAPTURE");
    const seen = (await visitorMessages(waiting.token)).body.messages as { body: string }[];
    expect(seen.at(-1)!.body).toContain("everyone on our team is busy");

    const claimed = await escalatedVisitor(inbox.publicKey, "hello");
    await claim(agent.cookie, claimed.conversationId);
    const other = await db.handoff.findFirstOrThrow({ where: { conversationId: claimed.conversationId } });
    expect(await escalateHandoff({ organizationId: other.organizationId, handoffId: other.id, level: 2 })).toEqual({ escalated: false });
    expect((await conversationOf(claimed.conversationId)).status).toBe("ASSIGNED");
  });
});

describe("bot modes", () => {
  it("agents only: the first message goes to the queue and the bot never answers", async () => {
    const { inbox } = await workspace("agents-only");
    await db.inbox.update({ where: { id: inbox.id }, data: { botMode: "AGENTS_ONLY" } });
    const visitor = await startVisitor(inbox.publicKey);
    const sent = await visitorSays(visitor.token, "how long does shipping take");
    await drainBackground();
    const conversation = await conversationOf(sent.body.message.conversationId);
    expect(conversation.status).toBe("QUEUED");
    expect(await db.message.count({ where: { conversationId: conversation.id, role: "BOT" } })).toBe(0);
  });

  it("bot when offline: people first while someone is online, the bot after the missed-chat timeout", async () => {
    const { owner, inbox } = await workspace("when-offline");
    await db.inbox.update({ where: { id: inbox.id }, data: { botMode: "BOT_WHEN_OFFLINE" } });
    // Nobody online: the bot answers at once.
    const early = await startVisitor(inbox.publicKey);
    const first = await visitorSays(early.token, "how long does shipping take");
    await drainBackground();
    expect((await conversationOf(first.body.message.conversationId)).status).toBe("BOT");
    expect(await db.message.count({ where: { conversationId: first.body.message.conversationId, role: "BOT" } })).toBe(1);

    await db.member.updateMany({ where: { organizationId: owner.organizationId }, data: { status: "ONLINE" } });
    const visitor = await startVisitor(inbox.publicKey);
    const sent = await visitorSays(visitor.token, "how long does shipping take");
    await drainBackground();
    const conversationId = sent.body.message.conversationId;
    expect((await conversationOf(conversationId)).status).toBe("QUEUED");
    expect(await db.message.count({ where: { conversationId, role: "BOT" } })).toBe(0);

    // The timeout job: still unanswered, so the bot takes it and answers the waiting question.
    const missed = await takeMissedChat({ organizationId: owner.organizationId, conversationId });
    expect(missed).not.toBeNull();
    await replyToVisitor(missed!);
    expect((await conversationOf(conversationId)).status).toBe("BOT");
    const bot = await db.message.findMany({ where: { conversationId, role: "BOT" } });
    expect(bot.map((m) => m.body)).toEqual([SHIPPING.answer]);
    expect(await takeMissedChat({ organizationId: owner.organizationId, conversationId })).toBeNull();
  });
});

describe("draft approval", () => {
  it("holds the bot's answer for an agent, who approves it edited; a second decision is refused", async () => {
    const { owner, agent, inbox } = await workspace("drafts");
    await db.workspaceSettings.update({ where: { organizationId: owner.organizationId }, data: { draftApprovalBelow: 1.01 } });
    const visitor = await startVisitor(inbox.publicKey);
    const sent = await visitorSays(visitor.token, "how long does shipping take");
    await drainBackground();
    const conversationId = sent.body.message.conversationId;
    expect(await db.message.count({ where: { conversationId, role: "BOT" } })).toBe(0);
    const draft = await db.botDraft.findFirstOrThrow({ where: { conversationId } });
    expect(draft).toEqual(expect.objectContaining({ status: "PENDING", body: SHIPPING.answer, heldBecause: { belowConfidence: true } }));

    const approve = (text?: string) => call(approveRoute.POST, "POST", "/", { cookie: agent.cookie, params: { draftId: draft.id }, body: text ? { text } : {} });
    const approved = await approve("Orders arrive in 3-5 working days; express takes 1 day.");
    expect(approved.status).toBe(200);
    expect(approved.body.draft.status).toBe("EDITED");
    const seen = (await visitorMessages(visitor.token)).body.messages as { role: string; body: string }[];
    expect(seen.filter((m) => m.role === "bot").map((m) => m.body)).toEqual(["Orders arrive in 3-5 working days; express takes 1 day."]);
    const again = await approve();
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("DRAFT_DECIDED");
  });

  it("a rejected draft never reaches the visitor, who is offered a person instead", async () => {
    const { owner, agent, inbox } = await workspace("drafts-reject");
    await db.workspaceSettings.update({ where: { organizationId: owner.organizationId }, data: { draftApprovalTags: ["returns"] } });
    await db.knowledgeEntry.updateMany({ where: { organizationId: owner.organizationId, title: "Returns" }, data: { tags: ["Returns"] } });
    const visitor = await startVisitor(inbox.publicKey);
    const shipping = await visitorSays(visitor.token, "how long does shipping take");
    await drainBackground();
    expect(await db.message.count({ where: { conversationId: shipping.body.message.conversationId, role: "BOT" } })).toBe(1);
    await visitorSays(visitor.token, "what is your return policy");
    await drainBackground();
    const draft = await db.botDraft.findFirstOrThrow({ where: { conversationId: shipping.body.message.conversationId } });
    expect(draft.heldBecause).toEqual({ tags: ["returns"] });
    const rejected = await call(rejectRoute.POST, "POST", "/", { cookie: agent.cookie, params: { draftId: draft.id } });
    expect(rejected.status).toBe(200);
    const bots = (await visitorMessages(visitor.token)).body.messages.filter((m: { role: string }) => m.role === "bot");
    expect(bots.map((m: { body: string }) => m.body)).not.toContain(RETURNS.answer);
    expect(bots.at(-1)).toEqual(expect.objectContaining({ offerHuman: true }));
  });
});
