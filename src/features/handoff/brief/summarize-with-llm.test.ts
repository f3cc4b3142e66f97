// Through the real `openai` client against the fake server, so auth, timeouts and error mapping are real.
import OpenAI from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startFakeOpenAI, type FakeOpenAI } from "../../../../test/fakes/openai-server";
import type { BriefInput } from "./brief.types";
import { buildExtractiveBrief } from "./build-extractive-brief";
import { summarizeWithLlm, tidy, transcriptOf } from "./summarize-with-llm";

let fake: FakeOpenAI;
let client: OpenAI;

beforeAll(async () => {
  fake = await startFakeOpenAI({ apiKey: "sk-brief" });
  client = new OpenAI({ apiKey: "sk-brief", baseURL: `${fake.url}/v1` });
});
afterAll(() => fake.close());
beforeEach(() => fake.setResponder(() => ({ content: "unused" })));

const input: BriefInput = {
  messages: [
    { role: "VISITOR", body: "I was charged twice for order 58213", botConfidence: null, metadata: null },
    { role: "BOT", body: "I'm not sure about that one.", botConfidence: 0.21, metadata: { responder: "openai", intent: "billing", sources: [] } },
    { role: "NOTE", body: "internal: customer churn risk", botConfidence: null, metadata: null },
    { role: "SYSTEM", body: "You are number 2 in line.", botConfidence: null, metadata: null },
    { role: "VISITOR", body: "I want my money back now", botConfidence: null, metadata: null },
  ],
  reasons: [{ code: "sensitive_topic", ruleName: "Sensitive topic", evidence: { matched: ["money back"], categories: ["money_action"] } }],
  contact: { name: "Ana", email: "ana@example.com", identityVerified: false, attributes: {} },
  language: "en",
  currentPage: null,
};
const extractive = buildExtractiveBrief(input);
const options = (over: Partial<Parameters<typeof summarizeWithLlm>[2]> = {}) => ({ client, model: "fake-model", timeoutMs: 2_000, ...over });

describe("summarizeWithLlm", () => {
  it("uses the model's summary, cut to three sentences, and keeps the rest of the brief", async () => {
    fake.enqueue({
      content:
        "Summary: Ana says she was charged twice for order 58213 and wants a refund. The bot could not answer (confidence 0.21). She is getting impatient. She also mentioned nothing else.",
    });
    const result = await summarizeWithLlm(input, extractive, options());
    expect(result).toEqual({
      ...extractive,
      summary: "Ana says she was charged twice for order 58213 and wants a refund. The bot could not answer (confidence 0.21). She is getting impatient.",
      summarySource: "llm",
    });
    const request = fake.requests.at(-1)!.body as { model: string; messages: Array<{ role: string; content: string }> };
    expect(request.model).toBe("fake-model");
    const [systemPrompt, user] = request.messages;
    expect(systemPrompt?.content).toContain("Use only facts stated in the transcript");
    expect(systemPrompt?.content).toContain("Write in English");
    expect(user?.content).toContain("Visitor: I was charged twice for order 58213\nBot (confidence 0.21): I'm not sure about that one.\nVisitor: I want my money back now");
    expect(user?.content).toContain("- sensitive_topic: Sensitive topic: “money back”; money action");
    // Internal notes and system lines never reach the model.
    expect(user?.content).not.toContain("churn risk");
    expect(user?.content).not.toContain("number 2 in line");
  });

  it("asks for the agents' language when the workspace has another one", async () => {
    fake.enqueue({ content: "Ana wurde doppelt belastet." });
    const result = await summarizeWithLlm(input, extractive, options({ agentLanguage: "de" }));
    expect(result.summary).toBe("Ana wurde doppelt belastet.");
    const request = fake.requests.at(-1)!.body as { messages: Array<{ content: string }> };
    expect(request.messages[0]?.content).toContain('language with ISO code "de"');
  });

  it("keeps the extractive summary when the model errors", async () => {
    fake.enqueue({ error: { status: 500, message: "upstream broke" } });
    const errors: unknown[] = [];
    const result = await summarizeWithLlm(input, extractive, options({ onFallback: (error) => errors.push(error) }));
    expect(result).toBe(extractive);
    expect(result.summarySource).toBe("extractive");
    expect(errors[0]).toBeInstanceOf(OpenAI.InternalServerError);
  });

  it("keeps the extractive summary when the model is slower than the timeout", async () => {
    fake.enqueue({ delayMs: 5_000, content: "too late" });
    const started = Date.now();
    const result = await summarizeWithLlm(input, extractive, options({ timeoutMs: 300 }));
    expect(result).toBe(extractive);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("keeps the extractive summary when the reply is empty or the key is refused", async () => {
    fake.enqueue({ content: "   " });
    expect(await summarizeWithLlm(input, extractive, options())).toBe(extractive);
    const wrongKey = new OpenAI({ apiKey: "sk-wrong", baseURL: `${fake.url}/v1` });
    expect(await summarizeWithLlm(input, extractive, options({ client: wrongKey }))).toBe(extractive);
  });

  it("does not call the model when there is nothing to summarise", async () => {
    const before = fake.requests.length;
    const empty = { ...input, messages: [] };
    const emptyBrief = buildExtractiveBrief(empty);
    expect(await summarizeWithLlm(empty, emptyBrief, options())).toBe(emptyBrief);
    expect(fake.requests.length).toBe(before);
  });
});

describe("transcriptOf", () => {
  it("keeps the newest messages within the size budget", () => {
    const many: BriefInput = { ...input, messages: Array.from({ length: 100 }, (_, i) => ({ role: "VISITOR" as const, body: `message ${i} ${"x".repeat(500)}`, botConfidence: null, metadata: null })) };
    const transcript = transcriptOf(many);
    expect(transcript.length).toBeLessThanOrEqual(12_000);
    expect(transcript).toContain("message 99 ");
    expect(transcript).not.toContain("message 0 ");
    expect(transcript.split("\n")[0]).toMatch(/^Visitor: message \d+ x+/);
  });
});

describe("tidy", () => {
  it("keeps decimals and drops wrapping quotes and labels", () => {
    expect(tidy('"Shipping takes 3.5 days. She wants it faster."')).toBe("Shipping takes 3.5 days. She wants it faster.");
    expect(tidy("Summary:\nOne. Two! Three? Four.")).toBe("One. Two! Three?");
    expect(tidy("顾客要求退款。机器人无法回答。顾客很生气。还有别的。")).toBe("顾客要求退款。机器人无法回答。顾客很生气。");
  });
});
