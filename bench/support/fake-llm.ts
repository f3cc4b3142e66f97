// The LLM of the first-token benchmark in a process of its own (in production the model is
// another machine): test/fakes/openai-server.ts, answering every chat completion as a stream that
// starts after exactly `firstTokenMs` and then produces one word every `tokenMs`, with a grounded
// answer confident enough to be sent (so no conversation is handed off for repeated failures).
//   node fake-llm.ts <firstTokenMs> <tokenMs> <words>
import { startFakeOpenAI } from "../../test/fakes/openai-server";

const [firstTokenMs, tokenMs, words] = process.argv.slice(2).map(Number) as [number, number, number];
const answer = Array.from({ length: words }, (_, i) => (i === 0 ? "Sure:" : `word${i}`)).join(" ");

const fake = await startFakeOpenAI();
fake.setResponder(() => ({ json: { answer, confidence: 0.9, intent: "opening_hours", sources: [] }, delayMs: firstTokenMs, tokenDelayMs: tokenMs }));
// The fake records every request body; over thousands of streams that is memory nobody reads.
setInterval(() => void fake.requests.splice(0), 1000).unref();
process.send?.({ type: "listening", url: fake.url });
process.on("disconnect", () => void fake.close().finally(() => process.exit(0)));
