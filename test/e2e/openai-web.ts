// A second Baton web process for the browser tests of the OpenAI-compatible responder: the same
// build, database and Redis (so the first process's workers serve it, as in a two-process
// deployment), with OPENAI_* pointing at the fake OpenAI server started here. The fake answers by
// the visitor's words, so a spec chooses the behaviour by what it types.
import { spawn, type ChildProcess } from "node:child_process";
import { startFakeOpenAI, type ChatRequestBody, type FakeOpenAI, type FakeReply } from "../fakes/openai-server";

export const OPENAI_WEB_PORT = 3101;
/** The responder's timeout in that process: the hang spec expects the fallback within it. */
export const OPENAI_WEB_TIMEOUT_MS = 3_000;

/** Words a spec types to choose the fake model's behaviour. */
export const FAKE_MODEL_CUES = {
  /** A grounded answer streamed one word every 250 ms. */
  stream: "stream-please",
  /** A 500 on every attempt. */
  fail: "fail-please",
  /** No response at all. */
  hang: "hang-please",
} as const;

export const STREAMED_ANSWER = "Our winter coats ship within two days and come with free returns for thirty days.";

function scriptedReply(body: ChatRequestBody): FakeReply {
  const prompt = JSON.stringify(body.messages);
  if (prompt.includes(FAKE_MODEL_CUES.fail)) return { error: { status: 500, message: "model overloaded" } };
  if (prompt.includes(FAKE_MODEL_CUES.hang)) return { delayMs: 120_000, content: "too late" };
  return { json: { answer: STREAMED_ANSWER, confidence: 0.9, intent: "shipping", sources: [] }, tokenDelayMs: 250 };
}

export interface OpenAIWeb {
  fake: FakeOpenAI;
  stop(): Promise<void>;
}

export async function startOpenAIWeb(env: NodeJS.ProcessEnv): Promise<OpenAIWeb> {
  const fake = await startFakeOpenAI();
  fake.setResponder(scriptedReply);
  const child: ChildProcess = spawn("npx", ["tsx", "src/server/main.ts"], {
    env: {
      ...env,
      PORT: String(OPENAI_WEB_PORT),
      PUBLIC_URL: `http://localhost:${OPENAI_WEB_PORT}`,
      RUN_WORKER_IN_WEB: "false",
      OPENAI_API_KEY: "test",
      OPENAI_BASE_URL: `${fake.url}/v1`,
      OPENAI_TIMEOUT_MS: String(OPENAI_WEB_TIMEOUT_MS),
    },
    stdio: "inherit",
  });
  return {
    fake,
    async stop() {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
      await fake.close();
    },
  };
}
