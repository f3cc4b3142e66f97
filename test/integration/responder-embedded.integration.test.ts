import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import * as messagesRoute from "@/app/api/widget/messages/route";
import { replyToVisitor } from "@/features/responder/reply-to-visitor";
import { verifyVisitorToken } from "@/features/widget/visitor-token";
import { botPhrase } from "@/lib/bot-phrases";
import { drainBackground } from "@/server/background";
import { db } from "@/server/db";
import { signUpOwner } from "../support/accounts";
import { call } from "../support/routes";
import { addKnowledge, bearer, createWidgetInbox, startVisitor } from "../support/widget";

let organizationId: string;
let publicKey: string;

beforeAll(async () => {
  organizationId = (await signUpOwner("kb-owner", "KB Store")).organizationId;
  publicKey = (await createWidgetInbox(organizationId)).publicKey;
  await addKnowledge(organizationId, [
    { title: "How long does shipping take?", exampleQuestions: ["When will my order arrive?", "delivery time", "how fast do you ship"], answer: "Standard delivery takes 3-5 business days." },
    { title: "What is your return policy?", exampleQuestions: ["Can I return an item?", "how do returns work", "return window"], answer: "You can return unworn items within 30 days." },
    { title: "Which payment methods do you accept?", exampleQuestions: ["Can I pay with PayPal?", "do you take credit cards", "payment options"], answer: "Visa, Mastercard, PayPal and Apple Pay." },
  ]);
});

async function ask(text: string) {
  const visitor = await startVisitor(publicKey);
  const sent = await call(messagesRoute.POST, "POST", "/", { headers: bearer(visitor.token), body: { clientId: randomUUID(), text } });
  await drainBackground();
  const bot = await db.message.findFirst({ where: { conversationId: sent.body.message.conversationId, role: "BOT" } });
  return { visitor, sent, bot };
}

describe("embedded responder through the widget", () => {
  it("answers a knowledge-base question with the entry's answer, its confidence and sources", async () => {
    const { bot } = await ask("how long will delivery of my order take?");
    expect(bot?.body).toBe("Standard delivery takes 3-5 business days.");
    expect(bot?.botConfidence).toBeGreaterThan(0.5);
    expect(bot?.metadata).toEqual(expect.objectContaining({ responder: "embedded", offerHuman: false, sources: expect.arrayContaining([expect.objectContaining({ title: "How long does shipping take?" })]) }));
  });

  it("says it does not know, and offers a human, instead of guessing", async () => {
    const { bot } = await ask("who won the world cup last year?");
    expect(bot?.body).toBe(botPhrase("dontKnow", null));
    expect(bot?.metadata).toEqual(expect.objectContaining({ offerHuman: true }));
  });

  it("never writes once the conversation left the bot", async () => {
    const { visitor, sent } = await ask("can I pay with paypal");
    const conversationId = sent.body.message.conversationId;
    await db.conversation.update({ where: { id: conversationId }, data: { status: "QUEUED" } });
    const claims = verifyVisitorToken(visitor.token)!;
    const reply = await replyToVisitor({ visitor: claims, messageId: sent.body.message.id });
    expect(reply).toBeNull();
    expect(await db.message.count({ where: { conversationId, role: "BOT" } })).toBe(1);
  });
});
