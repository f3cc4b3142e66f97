// The embedded responder never makes a visitor wait for training: a large knowledge base is trained
// by the worker's `knowledge.train` job and stored in Redis; until then the lexical index answers;
// after a change the previous model answers while the new one trains; a restarted process loads
// the stored model instead of training again.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import * as messagesRoute from "@/app/api/widget/messages/route";
import { deleteKnowledgeEntry } from "@/features/knowledge/delete-knowledge-entry";
import { importKnowledge } from "@/features/knowledge/import-knowledge";
import { clearKnowledgeMemory, storedModelVersion } from "@/features/knowledge/knowledge-model-cache";
import { getKnowledgeVersion } from "@/features/knowledge/knowledge.repository";
import { trainKnowledgeModel } from "@/features/knowledge/train-knowledge-model";
import { updateKnowledgeEntry } from "@/features/knowledge/update-knowledge-entry";
import { getQueue } from "@/jobs/queues";
import { botPhrase } from "@/lib/bot-phrases";
import { drainBackground } from "@/server/background";
import { db } from "@/server/db";
import { getRedis, redisKey } from "@/server/redis";
import { signUpOwner, type TestAccount } from "../support/accounts";
import { call } from "../support/routes";
import { bearer, createWidgetInbox, startVisitor } from "../support/widget";

// 40 entries: over the size that is trained in place (knowledge-model-cache.ts), as a real
// catalogue would be.
const PRODUCTS = [
  "candles", "bicycles", "umbrellas", "backpacks", "sunglasses", "headphones", "blankets", "teapots", "wallets", "scarves",
  "gloves", "kettles", "lanterns", "notebooks", "pillows", "rugs", "sandals", "tents", "thermoses", "towels",
  "vases", "watches", "mirrors", "hammocks", "jackets", "mugs", "puzzles", "skateboards", "socks", "clocks",
];
const ENTRIES = [
  { title: "How long does shipping take?", exampleQuestions: ["When will my order arrive?", "delivery time", "how many days until my package gets here"], answer: "Standard delivery takes 3-5 business days." },
  { title: "What is your return policy?", exampleQuestions: ["Can I return an item?", "how do returns work", "I want to send something back"], answer: "You can return unworn items within 30 days." },
  { title: "Which payment methods do you accept?", exampleQuestions: ["Can I pay with PayPal?", "do you take credit cards", "payment options"], answer: "Visa, Mastercard, PayPal and Apple Pay." },
  { title: "Where is my order?", exampleQuestions: ["track my package", "order status", "has my parcel shipped yet"], answer: "Use the tracking link in your confirmation email." },
  { title: "How do I reset my password?", exampleQuestions: ["forgot my password", "can't log in to my account", "change my login password"], answer: "Use 'Forgot password' on the sign-in page." },
  { title: "Do you have a physical store?", exampleQuestions: ["where is your shop", "can I visit you in person", "store address"], answer: "We are online only." },
  { title: "Can I change my order after placing it?", exampleQuestions: ["modify my order", "add an item to my order", "edit an order I already placed"], answer: "Orders can be changed within one hour." },
  { title: "Do you offer gift cards?", exampleQuestions: ["buy a gift voucher", "gift certificate", "present card for a friend"], answer: "Gift cards from $10 to $500." },
  { title: "How do I contact support?", exampleQuestions: ["customer service phone number", "email address for help", "talk to your team"], answer: "support@shop.example, 9-5 on weekdays." },
  { title: "Is there a warranty?", exampleQuestions: ["guarantee on products", "what if it breaks", "warranty period"], answer: "Two years on everything we sell." },
  ...PRODUCTS.map((product) => ({
    title: `Do you sell ${product}?`,
    exampleQuestions: [`Can I buy ${product} here?`, `Are ${product} in stock?`],
    answer: `Yes, we sell ${product}.`,
  })),
];

let owner: TestAccount;
let organizationId: string;
let publicKey: string;

beforeAll(async () => {
  owner = await signUpOwner("kb-trainer", "Training Store");
  organizationId = owner.organizationId;
  publicKey = (await createWidgetInbox(organizationId)).publicKey;
  clearKnowledgeMemory();
});

async function ask(text: string) {
  const visitor = await startVisitor(publicKey);
  const sent = await call(messagesRoute.POST, "POST", "/", { headers: bearer(visitor.token), body: { clientId: randomUUID(), text } });
  expect(sent.status).toBeLessThan(300);
  await drainBackground();
  const bot = await db.message.findFirstOrThrow({ where: { conversationId: sent.body.message.conversationId, role: "BOT" } });
  return { body: bot.body, confidence: bot.botConfidence, metadata: bot.metadata as { responder: string; sources: Array<{ title: string }> } };
}

const version = () => getKnowledgeVersion(db, { organizationId });
const jobIdFor = (forVersion: string) => `knowledge-train-${organizationId}-${forVersion.replace(/[^A-Za-z0-9_-]/g, "_")}`;

describe("knowledge model training off the visitors' path", () => {
  it("answers from the lexical index before any model exists, and leaves training to the worker", async () => {
    const content = ENTRIES.map((entry) => JSON.stringify(entry)).join("\n");
    await importKnowledge({ organizationId, actorId: owner.userId, input: { format: "jsonl", content, mode: "replace" } });
    const job = await getQueue("default").getJob(jobIdFor(await version()));
    expect(job?.name).toBe("knowledge.train");

    const known = await ask("do you sell candles");
    expect(known.body).toBe("Yes, we sell candles.");
    expect(known.metadata).toEqual(expect.objectContaining({ responder: "lexical", sources: [expect.objectContaining({ title: "Do you sell candles?" })] }));
    // Word overlap is no confidence for a paraphrase: it says so rather than guess.
    const unsure = await ask("who won the world cup last year?");
    expect(unsure.body).toBe(botPhrase("dontKnow", null));
    expect(unsure.metadata.responder).toBe("lexical");
    // Nothing was trained on the visitor's path.
    expect(await storedModelVersion(organizationId)).toBeNull();
  });

  it("the job trains and stores the model once per version; answers then come from it", async () => {
    expect(await trainKnowledgeModel({ organizationId })).toEqual(expect.objectContaining({ trained: true, version: await version() }));
    expect(await storedModelVersion(organizationId)).toBe(await version());
    expect(await trainKnowledgeModel({ organizationId })).toEqual(expect.objectContaining({ trained: false, reason: "up to date" }));

    const paraphrase = await ask("how many days until my parcel gets delivered?");
    expect(paraphrase.body).toBe("Standard delivery takes 3-5 business days.");
    expect(paraphrase.metadata.responder).toBe("embedded");
    const unknown = await ask("who won the world cup last year?");
    expect(unknown.body).toBe(botPhrase("dontKnow", null));
  });

  it("a restarted process loads the stored model instead of training", async () => {
    // Swap two entries in the stored copy: an answer that follows the swap can only come from it.
    const key = redisKey("kb-model", organizationId);
    const original = (await getRedis().get(key))!;
    const stored = JSON.parse(original) as { model: { entryIds: string[] } };
    const ids = await db.knowledgeEntry.findMany({ where: { organizationId, title: { in: ["How long does shipping take?", "What is your return policy?"] } }, orderBy: { title: "asc" } });
    const [shipping, returns] = [ids[0]!.id, ids[1]!.id];
    stored.model.entryIds = stored.model.entryIds.map((id) => (id === shipping ? returns : id === returns ? shipping : id));
    await getRedis().set(key, JSON.stringify(stored));
    clearKnowledgeMemory();

    const answer = await ask("how many days until my parcel gets delivered?");
    expect(answer.metadata.responder).toBe("embedded");
    expect(answer.body).toBe("You can return unworn items within 30 days.");

    await getRedis().set(key, original);
    clearKnowledgeMemory();
    expect((await ask("how many days until my parcel gets delivered?")).body).toBe("Standard delivery takes 3-5 business days.");
  });

  it("while a changed knowledge base retrains, the previous model answers, with the entries as they are now", async () => {
    const trainedVersion = await storedModelVersion(organizationId);
    const shipping = await db.knowledgeEntry.findFirstOrThrow({ where: { organizationId, title: "How long does shipping take?" } });
    const actor = { organizationId, userId: owner.userId, role: "owner" as const };
    await updateKnowledgeEntry({ actor, entryId: shipping.id, input: { answer: "Standard delivery now takes 2-4 business days." } });
    const changed = await version();
    expect(changed).not.toBe(trainedVersion);
    expect((await getQueue("default").getJob(jobIdFor(changed)))?.name).toBe("knowledge.train");

    const answer = await ask("how many days until my parcel gets delivered?");
    expect(answer.metadata.responder).toBe("embedded");
    expect(answer.body).toBe("Standard delivery now takes 2-4 business days.");
    expect(await storedModelVersion(organizationId)).toBe(trainedVersion);

    const returns = await db.knowledgeEntry.findFirstOrThrow({ where: { organizationId, title: "What is your return policy?" } });
    await deleteKnowledgeEntry({ actor, entryId: returns.id });
    const deleted = await ask("can I return an item?");
    expect(deleted.body).not.toContain("30 days");

    expect(await trainKnowledgeModel({ organizationId })).toEqual(expect.objectContaining({ trained: true, version: await version() }));
    const retrained = await ask("how many days until my parcel gets delivered?");
    expect(retrained.body).toBe("Standard delivery now takes 2-4 business days.");
    expect(retrained.metadata.sources[0]?.title).toBe("How long does shipping take?");
  });

  it("the worker picks the job up by itself", async () => {
    const { startWorkers } = await import("@/jobs/worker");
    const workers = startWorkers();
    try {
      await importKnowledge({
        organizationId,
        actorId: owner.userId,
        input: { format: "jsonl", content: JSON.stringify({ title: "Do you ship to Canada?", exampleQuestions: ["shipping to canada"], answer: "Yes, in 7-10 days." }), mode: "append" },
      });
      const target = await version();
      const deadline = Date.now() + 60_000;
      while ((await storedModelVersion(organizationId)) !== target && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await storedModelVersion(organizationId)).toBe(target);
    } finally {
      await workers.close();
    }
  }, 90_000);
});
