// Drives the fake through the real `openai` client, so a protocol drift (envelope, SSE framing,
// status mapping) shows up here rather than as a confusing failure in a feature test.
import OpenAI from "openai";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startFakeOpenAI, type FakeOpenAI } from "./openai-server";

const messages = [{ role: "user" as const, content: "Where is my order?" }];
let fake: FakeOpenAI;

// maxRetries: 0 by default so error tests fail fast instead of waiting out the client's backoff.
const client = (opts: Partial<ConstructorParameters<typeof OpenAI>[0]> = {}) =>
  new OpenAI({ apiKey: "sk-test", baseURL: `${fake.url}/v1`, maxRetries: 0, ...opts });

beforeEach(async () => {
  fake = await startFakeOpenAI();
});
afterEach(async () => {
  await fake.close();
});

describe("fake OpenAI server", () => {
  it("returns scripted content for a plain completion", async () => {
    fake.enqueue({ content: "Your order ships today." });
    const res = await client().chat.completions.create({ model: "gpt-4o-mini", messages });
    expect(res.object).toBe("chat.completion");
    expect(res.choices[0]?.message.content).toBe("Your order ships today.");
    expect(res.choices[0]?.finish_reason).toBe("stop");
    expect(res.usage?.total_tokens).toBeGreaterThan(0);
  });

  it("falls back to the deterministic default answer", async () => {
    const res = await client().chat.completions.create({ model: "gpt-4o-mini", messages });
    expect(res.choices[0]?.message.content).toBe("FAKE: Where is my order?");
  });

  it("streams chunks that reassemble to the scripted content", async () => {
    fake.enqueue({ content: "Your order ships today from Berlin." });
    const stream = await client().chat.completions.create({
      model: "gpt-4o-mini",
      messages,
      stream: true,
      stream_options: { include_usage: true },
    });
    const pieces: string[] = [];
    let finish: string | null | undefined;
    let usageSeen = false;
    for await (const chunk of stream) {
      pieces.push(chunk.choices[0]?.delta.content ?? "");
      finish ??= chunk.choices[0]?.finish_reason;
      if (chunk.usage) usageSeen = true;
    }
    expect(pieces.filter(Boolean).length).toBeGreaterThan(2);
    expect(pieces.join("")).toBe("Your order ships today from Berlin.");
    expect(finish).toBe("stop");
    expect(usageSeen).toBe(true);
  });

  it("answers json_schema requests with parseable JSON", async () => {
    const response_format = {
      type: "json_schema" as const,
      json_schema: { name: "reply", schema: { type: "object", properties: { answer: { type: "string" } } } },
    };
    const unscripted = await client().chat.completions.create({ model: "gpt-4o-mini", messages, response_format });
    expect(JSON.parse(unscripted.choices[0]?.message.content ?? "")).toEqual({
      answer: "FAKE: Where is my order?",
      confidence: 0.5,
    });

    fake.enqueue({ json: { answer: "scripted", handoff: true } });
    const scripted = await client().chat.completions.create({ model: "gpt-4o-mini", messages, response_format });
    expect(JSON.parse(scripted.choices[0]?.message.content ?? "")).toEqual({ answer: "scripted", handoff: true });
  });

  it("maps a scripted 429 to RateLimitError", async () => {
    fake.enqueue({ error: { status: 429, message: "Rate limit reached", code: "rate_limit_exceeded" } });
    const err = await client().chat.completions.create({ model: "gpt-4o-mini", messages }).catch((e: unknown) => e);
    if (!(err instanceof OpenAI.RateLimitError)) throw new Error(`expected RateLimitError, got ${String(err)}`);
    expect(err.headers.get("retry-after")).toBe("1");
    expect(err.code).toBe("rate_limit_exceeded");
  });

  it("lets the client retry a 500 and succeed", async () => {
    fake.enqueue({ error: { status: 500, message: "The server had an error" } }, { content: "second try" });
    const res = await client({ maxRetries: 1 }).chat.completions.create({ model: "gpt-4o-mini", messages });
    expect(res.choices[0]?.message.content).toBe("second try");
    expect(fake.requests).toHaveLength(2);
  });

  it("rejects a wrong API key when one is configured", async () => {
    await fake.close();
    fake = await startFakeOpenAI({ apiKey: "sk-right" });
    const err = await client({ apiKey: "sk-wrong" }).chat.completions.create({ model: "m", messages }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.AuthenticationError);
    const ok = await client({ apiKey: "sk-right" }).chat.completions.create({ model: "m", messages });
    expect(ok.choices[0]?.message.content).toBe("FAKE: Where is my order?");
  });

  it("times out when the reply is slower than the client timeout", async () => {
    fake.enqueue({ delayMs: 2_000, content: "too late" });
    const err = await client({ timeout: 100 }).chat.completions.create({ model: "m", messages }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.APIConnectionTimeoutError);
  });

  it("uses a responder function when the queue is empty", async () => {
    fake.setResponder((body) => ({ content: `model was ${body.model}` }));
    const res = await client().chat.completions.create({ model: "gpt-4o", messages });
    expect(res.choices[0]?.message.content).toBe("model was gpt-4o");
  });

  it("lists models", async () => {
    const ids: string[] = [];
    for await (const model of client().models.list()) ids.push(model.id);
    expect(ids).toContain("gpt-4o-mini");
  });

  it("records requests and 404s unknown paths", async () => {
    await client().chat.completions.create({ model: "gpt-4o-mini", messages });
    const recorded = fake.requests[0];
    expect(recorded?.method).toBe("POST");
    expect(recorded?.path).toBe("/v1/chat/completions");
    expect(recorded?.headers.authorization).toBe("Bearer sk-test");
    expect(recorded?.body).toMatchObject({ model: "gpt-4o-mini", messages });

    const res = await fetch(`${fake.url}/v1/embeddings`, { method: "POST" });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: "unknown_url", param: null } });
  });
});
