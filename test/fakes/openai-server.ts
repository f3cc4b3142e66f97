// A fake OpenAI-compatible server that speaks the real wire protocol, so tests exercise the real
// `openai` client (auth header, retries, timeouts, SSE parsing) instead of a mocked module.
// Usage: `new OpenAI({ apiKey: 'test', baseURL: fake.url + '/v1' })`.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { ChatCompletion, ChatCompletionChunk } from "openai/resources/chat/completions";
import type { Model } from "openai/resources/models";

export type FakeError = { status: number; message: string; type?: string; code?: string; retryAfter?: number };
/**
 * One scripted answer. With none of content/json/error (e.g. only `delayMs`) the default answer is used.
 * `delayMs` is the wait before the response starts (streamed: the time to first token); `tokenDelayMs`
 * the pause between streamed content pieces.
 */
export type FakeReply = { content?: string; json?: unknown; error?: FakeError; delayMs?: number; stallAfterPieces?: number; tokenDelayMs?: number };
export type ChatRequestBody = Record<string, unknown> & { model: string; messages: Array<Record<string, unknown>> };
export type FakeResponder = (body: ChatRequestBody) => FakeReply | Promise<FakeReply>;
export type RecordedRequest = { method: string; path: string; headers: IncomingHttpHeaders; body: unknown };
export type FakeOpenAIOptions = { apiKey?: string; models?: string[] };

export type FakeOpenAI = {
  url: string;
  requests: RecordedRequest[];
  enqueue: (...replies: FakeReply[]) => void;
  setResponder: (responder: FakeResponder) => void;
  close: () => Promise<void>;
};

// Default answer when nothing is scripted: deterministic, so assertions can predict it.
// Plain requests get "FAKE: <last user message>". Structured-output requests
// (`response_format.type === 'json_schema'`) get {"answer": "FAKE: ...", "confidence": 0.5}, a shape
// that most "answer + confidence" schemas accept; script `{ json }` when a test needs another shape.
export const defaultResponder: FakeResponder = (body) => {
  const answer = `FAKE: ${lastUserText(body.messages)}`;
  const format = body.response_format as { type?: string } | undefined;
  return format?.type === "json_schema" ? { json: { answer, confidence: 0.5 } } : { content: answer };
};

function lastUserText(messages: Array<Record<string, unknown>>): string {
  const content = messages.findLast((m) => m.role === "user")?.content;
  if (typeof content === "string") return content;
  // Content-part arrays ([{ type: 'text', text }]) are valid too; keep only the text parts.
  if (Array.isArray(content)) return content.map((p: { text?: unknown }) => (typeof p.text === "string" ? p.text : "")).join("");
  return "";
}

// OpenAI's error envelope; the client maps the status to its error classes and reads `error.message`.
function sendError(res: ServerResponse, e: FakeError): void {
  const headers: Record<string, string> = { "content-type": "application/json" };
  const retryAfter = e.retryAfter ?? (e.status === 429 ? 1 : undefined);
  if (retryAfter !== undefined) headers["retry-after"] = String(retryAfter);
  const defaultType = e.status >= 500 ? "server_error" : e.status === 429 ? "requests" : "invalid_request_error";
  res.writeHead(e.status, headers);
  res.end(JSON.stringify({ error: { message: e.message, type: e.type ?? defaultType, param: null, code: e.code ?? null } }));
}

function sendJson(res: ServerResponse, status: number, payload: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(payload));
}

// A rough word count stands in for tokens: deterministic and good enough for usage assertions.
const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

export async function startFakeOpenAI(options: FakeOpenAIOptions = {}): Promise<FakeOpenAI> {
  const requests: RecordedRequest[] = [];
  const queue: FakeReply[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let responder = defaultResponder;
  let nextId = 0;

  // Delays are tracked so close() can cancel them; a pending timer would keep vitest alive.
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => (timers.delete(timer), resolve()), ms);
      timers.add(timer);
    });

  async function handleChat(req: IncomingMessage, res: ServerResponse, body: unknown): Promise<void> {
    const key = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    if (!key || (options.apiKey !== undefined && key !== options.apiKey)) {
      return sendError(res, { status: 401, message: "Incorrect API key provided.", code: "invalid_api_key" });
    }
    const b = body as Partial<ChatRequestBody> | undefined;
    if (typeof b?.model !== "string" || !Array.isArray(b.messages)) {
      return sendError(res, { status: 400, message: "'model' and 'messages' are required." });
    }
    const chat = b as ChatRequestBody;
    const scripted = queue.shift() ?? (await responder(chat));
    if (scripted.delayMs) await sleep(scripted.delayMs);
    if (res.destroyed) return; // the client gave up (timeout) while we were "thinking"
    if (scripted.error) return sendError(res, scripted.error);
    const reply = scripted.content !== undefined || scripted.json !== undefined ? scripted : await defaultResponder(chat);
    const content = reply.json !== undefined ? JSON.stringify(reply.json) : (reply.content ?? "");

    const base = { id: `chatcmpl-fake-${++nextId}`, created: Math.floor(Date.now() / 1000), model: chat.model };
    const promptTokens = countWords(JSON.stringify(chat.messages));
    const usage = { prompt_tokens: promptTokens, completion_tokens: countWords(content), total_tokens: promptTokens + countWords(content) };

    if (chat.stream !== true) {
      const completion: ChatCompletion = {
        ...base,
        object: "chat.completion",
        choices: [{ index: 0, message: { role: "assistant", content, refusal: null }, finish_reason: "stop", logprobs: null }],
        usage,
      };
      return sendJson(res, 200, completion);
    }
    // Same sequence as the real API: role chunk, content pieces, finish chunk, optional usage chunk, [DONE].
    const chunk = (choices: ChatCompletionChunk["choices"], extra: Partial<ChatCompletionChunk> = {}): string =>
      `data: ${JSON.stringify({ ...base, object: "chat.completion.chunk", choices, ...extra } satisfies ChatCompletionChunk)}\n\n`;
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
    res.write(chunk([{ index: 0, delta: { role: "assistant", content: "" }, finish_reason: null, logprobs: null }]));
    for (const [index, piece] of (content.match(/\S+\s*|\s+/g) ?? []).entries()) {
      // A model that hangs mid-answer: the stream stays open and silent until the client gives up.
      if (scripted.stallAfterPieces !== undefined && index >= scripted.stallAfterPieces) return void (await new Promise((resolve) => res.once("close", resolve)));
      // A model producing tokens at a pace: a pause before every content piece but the first.
      if (scripted.tokenDelayMs && index > 0) await sleep(scripted.tokenDelayMs);
      if (res.destroyed) return; // the client gave up mid-stream
      res.write(chunk([{ index: 0, delta: { content: piece }, finish_reason: null, logprobs: null }]));
    }
    res.write(chunk([{ index: 0, delta: {}, finish_reason: "stop", logprobs: null }]));
    const streamOptions = chat.stream_options as { include_usage?: boolean } | undefined;
    if (streamOptions?.include_usage) res.write(chunk([], { usage }));
    res.end("data: [DONE]\n\n");
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const parts: Buffer[] = [];
    for await (const part of req) parts.push(part as Buffer); // Array.fromAsync needs Node 22
    const raw = Buffer.concat(parts).toString("utf8");
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      return sendError(res, { status: 400, message: "We could not parse the JSON body of your request." });
    }
    const path = new URL(req.url ?? "/", "http://fake").pathname;
    requests.push({ method: req.method ?? "GET", path, headers: req.headers, body });
    res.setHeader("x-request-id", `req_fake_${requests.length}`); // surfaced by the client as `_request_id`

    if (req.method === "POST" && path === "/v1/chat/completions") return handleChat(req, res, body);
    if (req.method === "GET" && path === "/v1/models") {
      const ids = options.models ?? ["gpt-4o-mini", "gpt-4o"];
      const data: Model[] = ids.map((id) => ({ id, object: "model", created: 1_700_000_000, owned_by: "baton-fake" }));
      return sendJson(res, 200, { object: "list", data });
    }
    sendError(res, { status: 404, message: `Unknown request URL: ${req.method} ${path}.`, code: "unknown_url" });
  }

  const server = createServer((req, res) => {
    // A bug in a test responder should surface as a 500 the test can see, not crash the runner.
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) sendError(res, { status: 500, message: `fake responder failed: ${String(err)}` });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    enqueue: (...replies) => void queue.push(...replies),
    setResponder: (fn) => void (responder = fn),
    close: () => {
      timers.forEach(clearTimeout);
      timers.clear();
      // The client keeps connections alive; without this, server.close() waits for them to idle out.
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
  };
}
