// A fake WhatsApp Cloud API (Meta Graph) that speaks the real wire protocol, so tests exercise
// Baton's real fetch-based sender, and a sender of signed webhooks to Baton.
//
// Graph side: `POST /{version}/{phone_number_id}/messages` with `Authorization: Bearer <token>`.
// It records every accepted send and answers `{ messaging_product, contacts, messages: [{ id }] }`,
// or Meta's error envelope `{ error: { message, type, code, error_data, fbtrace_id } }`:
// - 401 code 190 for a wrong or missing token;
// - 400 code 131047 for free-form messages (text, interactive) to a recipient whose 24-hour window
//   is closed (the window opens when the webhook sender delivers a message from that number);
// - 429 code 130429 (or the configured code, e.g. 80007) past the configured throughput per number;
// - scripted failures (`failNext`), e.g. 500s.
// Usage: `WHATSAPP_GRAPH_URL = fake.url`; `fake.webhooks({ deliver, appSecret, phoneNumberId })`.
import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export const WINDOW_MS = 24 * 60 * 60 * 1000;

export interface RecordedSend {
  phoneNumberId: string;
  to: string;
  type: string;
  /** The text of a text message, an interactive body, or the template's body parameters joined by " | ". */
  text: string;
  template: { name: string; language: string; parameters: string[]; buttonPayloads: string[] } | null;
  buttons: string[];
  body: Record<string, unknown>;
  wamid: string;
  at: number;
}

export interface RejectedSend {
  phoneNumberId: string;
  to: string | null;
  status: number;
  code: number;
  at: number;
}

export interface ScriptedError {
  status: number;
  code: number;
  message?: string;
}

export interface FakeWhatsAppOptions {
  /** phone_number_id -> the only access token it accepts. */
  tokens?: Record<string, string>;
  /** Accepted sends per second per number before throttling; Infinity (default) never throttles. */
  throughputPerSec?: number;
  /** The throttling code to answer with: 130429 (per-number throughput) or 80007 (account rate). */
  throttleCode?: number;
}

export interface WebhookSenderOptions {
  /** Posts the raw body to Baton: a URL, or a function (tests call the route handler in-process). */
  deliver: string | ((rawBody: string, headers: Record<string, string>) => Promise<{ status: number; body: unknown }>);
  appSecret: string;
  phoneNumberId: string;
  displayPhone?: string;
  businessAccountId?: string;
}

export interface WebhookResult {
  status: number;
  body: unknown;
  /** The wamid of the message the webhook carried (for messages). */
  wamid?: string;
}

type SendOptions = { name?: string; contextId?: string; wamid?: string; timestamp?: number };

export function signBody(rawBody: string, appSecret: string): string {
  return `sha256=${createHmac("sha256", appSecret).update(rawBody).digest("hex")}`;
}

export async function startFakeWhatsApp(options: FakeWhatsAppOptions = {}) {
  const tokens = { ...options.tokens };
  let throughput = options.throughputPerSec ?? Infinity;
  const throttleCode = options.throttleCode ?? 130429;
  const sends: RecordedSend[] = [];
  const rejected: RejectedSend[] = [];
  const scripted: ScriptedError[] = [];
  // `${phoneNumberId} ${waId}` -> the last time that user wrote to that number.
  const lastInbound = new Map<string, number>();
  const acceptedAt = new Map<string, number[]>();
  let counter = 0;
  let outage: { error: ScriptedError; until: number } | null = null;

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => reply(res, 500, { error: { message: String(error), code: 1 } }));
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const match = /^\/v\d+\.\d+\/([^/]+)\/messages$/.exec(req.url ?? "");
    if (req.method !== "POST" || !match) return reply(res, 404, metaError(404, 803, "Unknown path"));
    const phoneNumberId = decodeURIComponent(match[1]!);
    const raw = await readBody(req);
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return reply(res, 400, metaError(400, 100, "Invalid JSON"));
    }
    const to = typeof body.to === "string" ? body.to : null;
    const fail = (status: number, code: number, message: string) => {
      rejected.push({ phoneNumberId, to, status, code, at: Date.now() });
      return reply(res, status, metaError(status, code, message));
    };
    const token = (req.headers.authorization ?? "").replace(/^Bearer /, "");
    if (!token || (tokens[phoneNumberId] !== undefined && tokens[phoneNumberId] !== token)) return fail(401, 190, "Invalid OAuth access token");
    if (body.messaging_product !== "whatsapp" || !to || !/^\d+$/.test(to)) return fail(400, 100, "Invalid parameter");
    // An outage window (test/faults): every send fails the same way until it ends.
    const error = outage && Date.now() < outage.until ? outage.error : scripted.shift();
    if (error) return fail(error.status, error.code, error.message ?? "Scripted failure");
    const now = Date.now();
    const recent = (acceptedAt.get(phoneNumberId) ?? []).filter((at) => now - at < 1000);
    if (recent.length >= throughput) return fail(429, throttleCode, "(#130429) Rate limit hit");
    const type = String(body.type);
    if (type !== "template") {
      const last = lastInbound.get(`${phoneNumberId} ${to}`);
      if (last === undefined || now - last > WINDOW_MS) {
        return fail(400, 131047, "Re-engagement message: more than 24 hours have passed since the recipient last replied to the sender number.");
      }
    }
    const send = describe(phoneNumberId, to, type, body);
    if (!send) return fail(400, 100, `Invalid ${type} message`);
    recent.push(now);
    acceptedAt.set(phoneNumberId, recent);
    counter += 1;
    const wamid = `wamid.FAKE${counter.toString().padStart(6, "0")}`;
    sends.push({ ...send, wamid, at: now });
    return reply(res, 200, { messaging_product: "whatsapp", contacts: [{ input: to, wa_id: to }], messages: [{ id: wamid }] });
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    sends,
    rejected,
    /** Sends accepted for one recipient, oldest first. */
    sentTo: (to: string) => sends.filter((send) => send.to === to),
    /** Waits until `predicate` holds for the recorded sends (polling), or fails after `timeoutMs`. */
    async waitFor<T>(predicate: (all: RecordedSend[]) => T | undefined | false, timeoutMs = 15_000): Promise<T> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const value = predicate(sends);
        if (value) return value;
        if (Date.now() > deadline) throw new Error(`fake WhatsApp: condition not met in ${timeoutMs} ms; sends: ${JSON.stringify(sends.map((s) => [s.to, s.type, s.text]))}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    failNext(error: ScriptedError, times = 1) {
      for (let i = 0; i < times; i++) scripted.push(error);
    },
    /** Every send fails with `error` for the next `ms`, then sends work again. */
    failFor(error: ScriptedError, ms: number) {
      outage = { error, until: Date.now() + ms };
    },
    setThroughput(perSecond: number) {
      throughput = perSecond;
    },
    setToken(phoneNumberId: string, token: string) {
      tokens[phoneNumberId] = token;
    },
    /** Moves a recipient's last message (the 24-hour window) to `at`. */
    setLastInbound(phoneNumberId: string, waId: string, at: number) {
      lastInbound.set(`${phoneNumberId} ${waId}`, at);
    },
    webhooks: (sender: WebhookSenderOptions) => webhookSender(sender, (waId, at) => lastInbound.set(`${sender.phoneNumberId} ${waId}`, at)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type FakeWhatsApp = Awaited<ReturnType<typeof startFakeWhatsApp>>;

function describe(phoneNumberId: string, to: string, type: string, body: Record<string, unknown>): Omit<RecordedSend, "wamid" | "at"> | null {
  const base = { phoneNumberId, to, type, body, template: null, buttons: [] as string[] };
  if (type === "text") {
    const text = (body.text as { body?: unknown } | undefined)?.body;
    return typeof text === "string" && text.length > 0 && text.length <= 4096 ? { ...base, text } : null;
  }
  if (type === "interactive") {
    const interactive = body.interactive as { body?: { text?: string }; action?: { buttons?: { reply?: { id?: string } }[] } } | undefined;
    if (!interactive?.body?.text) return null;
    return { ...base, text: interactive.body.text, buttons: (interactive.action?.buttons ?? []).map((button) => button.reply?.id ?? "") };
  }
  if (type === "template") {
    const template = body.template as { name?: string; language?: { code?: string }; components?: Record<string, unknown>[] } | undefined;
    if (!template?.name || !template.language?.code) return null;
    const components = template.components ?? [];
    const parameters = components
      .filter((component) => component.type === "body")
      .flatMap((component) => (component.parameters as { text?: string }[] | undefined) ?? [])
      .map((parameter) => parameter.text ?? "");
    // Meta refuses parameters with newlines, tabs or more than four consecutive spaces.
    if (parameters.some((text) => /[\n\t]| {5,}/.test(text) || text.length === 0)) return null;
    const buttonPayloads = components
      .filter((component) => component.type === "button")
      .flatMap((component) => (component.parameters as { payload?: string }[] | undefined) ?? [])
      .map((parameter) => parameter.payload ?? "");
    return { ...base, text: parameters.join(" | "), template: { name: template.name, language: template.language.code, parameters, buttonPayloads } };
  }
  return null;
}

function webhookSender(options: WebhookSenderOptions, noteInbound: (waId: string, at: number) => void) {
  let counter = 0;
  const metadata = { display_phone_number: options.displayPhone ?? "15550000000", phone_number_id: options.phoneNumberId };
  const envelope = (value: Record<string, unknown>) => ({
    object: "whatsapp_business_account",
    entry: [{ id: options.businessAccountId ?? "100000000000000", changes: [{ field: "messages", value: { messaging_product: "whatsapp", metadata, ...value } }] }],
  });

  async function post(rawBody: string, headers: Record<string, string>): Promise<{ status: number; body: unknown }> {
    if (typeof options.deliver === "function") return options.deliver(rawBody, headers);
    const response = await fetch(options.deliver, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: rawBody });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
  }

  /** Signs and posts a body; `tamper` changes the bytes after signing, `signature` overrides it. */
  async function sendRaw(body: unknown, extra: { tamper?: (raw: string) => string; signature?: string | null } = {}): Promise<WebhookResult> {
    const raw = JSON.stringify(body);
    const signature = extra.signature === undefined ? signBody(raw, options.appSecret) : extra.signature;
    const headers: Record<string, string> = { "content-type": "application/json", ...(signature ? { "x-hub-signature-256": signature } : {}) };
    return post(extra.tamper ? extra.tamper(raw) : raw, headers);
  }

  function userMessage(from: string, message: Record<string, unknown>, send: SendOptions) {
    counter += 1;
    const at = send.timestamp ?? Date.now();
    const wamid = send.wamid ?? `wamid.IN${Date.now().toString(36)}${counter}`;
    noteInbound(from, at);
    const body = envelope({
      contacts: [{ profile: { name: send.name ?? "WhatsApp User" }, wa_id: from }],
      messages: [{ from, id: wamid, timestamp: String(Math.floor(at / 1000)), ...(send.contextId ? { context: { from: metadata.display_phone_number, id: send.contextId } } : {}), ...message }],
    });
    return { body, wamid };
  }

  return {
    envelope,
    sendRaw,
    /** A text from a WhatsApp user (opens their 24-hour window in the fake). */
    async sendText(from: string, text: string, send: SendOptions = {}): Promise<WebhookResult> {
      const { body, wamid } = userMessage(from, { type: "text", text: { body: text } }, send);
      return { ...(await sendRaw(body)), wamid };
    },
    /** A tap on a template's quick-reply button. */
    async sendButton(from: string, payload: string, text: string, send: SendOptions = {}): Promise<WebhookResult> {
      const { body, wamid } = userMessage(from, { type: "button", button: { payload, text } }, send);
      return { ...(await sendRaw(body)), wamid };
    },
    /** A message type Baton does not read (image, audio, location...). */
    async sendUnsupported(from: string, type: string, send: SendOptions = {}): Promise<WebhookResult> {
      const { body, wamid } = userMessage(from, { type, [type]: { id: "media-id", mime_type: "image/jpeg" } }, send);
      return { ...(await sendRaw(body)), wamid };
    },
    /** The same signed body again (Meta redelivers when it did not get a 200 in time). */
    redeliver: (body: unknown) => sendRaw(body),
    /** Builds a text webhook body without sending it (for redelivery and tampering tests). */
    textBody: (from: string, text: string, send: SendOptions = {}) => userMessage(from, { type: "text", text: { body: text } }, send),
    async sendStatus(wamid: string, status: "sent" | "delivered" | "read" | "failed", recipientId: string, error?: { code: number; title: string }): Promise<WebhookResult> {
      return sendRaw(
        envelope({
          statuses: [{ id: wamid, status, timestamp: String(Math.floor(Date.now() / 1000)), recipient_id: recipientId, ...(error ? { errors: [{ code: error.code, title: error.title }] } : {}) }],
        }),
      );
    },
  };
}

function metaError(status: number, code: number, message: string) {
  return { error: { message, type: status === 401 ? "OAuthException" : "GraphMethodException", code, error_data: { messaging_product: "whatsapp", details: message }, fbtrace_id: "FAKE" } };
}

function reply(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
