// Talks to a running Baton child process over HTTP and Socket.IO, the way browsers and the widget
// do: sign-up, inboxes, widget sessions, visitor and agent messages.
import { randomUUID } from "node:crypto";
import { io as connect, type Socket } from "socket.io-client";

let ipCounter = Math.floor(Math.random() * 50_000);
/** Each simulated person has an address of their own (Baton runs with TRUST_PROXY=true here). */
export function nextIp(): string {
  ipCounter += 1;
  return `10.${Math.floor(ipCounter / 62_500) % 250}.${Math.floor(ipCounter / 250) % 250}.${(ipCounter % 250) + 1}`;
}

export interface HttpResult<T = any> {
  status: number;
  body: T;
  ms: number;
}

export async function http<T = any>(base: string, method: string, path: string, options: { body?: unknown; cookie?: string; token?: string; ip?: string; timeoutMs?: number } = {}): Promise<HttpResult<T>> {
  const headers: Record<string, string> = { origin: base, "x-forwarded-for": options.ip ?? nextIp() };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  if (options.cookie) headers.cookie = options.cookie;
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const started = Date.now();
  const send = () =>
    fetch(`${base}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      // Generous: the first requests to a cold server on a loaded 2-core machine have taken 30 s and more.
      signal: AbortSignal.timeout(options.timeoutMs ?? 120_000),
    });
  // A kept-alive socket the server closed just as it was reused: sent again once (the bodies carry
  // client ids, so a repeat stores nothing twice).
  const response = await send().catch((error: Error & { cause?: { code?: string } }) => {
    if (error.cause?.code === "ECONNRESET" || error.cause?.code === "UND_ERR_SOCKET") return send();
    throw error;
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text
  }
  if (method !== "GET" && response.headers.getSetCookie().length > 0) (body as Record<string, unknown>).__cookie = response.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
  return { status: response.status, body: body as T, ms: Date.now() - started };
}

function expectStatus<T>(result: HttpResult<T>, status: number, what: string): T {
  if (result.status !== status) throw new Error(`${what}: expected ${status}, got ${result.status} ${JSON.stringify(result.body)}`);
  return result.body;
}

export interface Owner {
  cookie: string;
  userId: string;
  organizationId: string;
}

export async function signUpOwner(base: string, label: string): Promise<Owner> {
  const email = `${label}-${randomUUID().slice(0, 8)}@fault.test`;
  const body = expectStatus(await http(base, "POST", "/api/signup", { body: { name: label, email, password: "correct-horse-battery", workspaceName: `${label} Co` } }), 201, "sign-up");
  return { cookie: body.__cookie, userId: body.user.id, organizationId: body.organizationId };
}

/** A widget inbox (any origin allowed); returns its public key. */
export async function createWidgetInbox(base: string, owner: Owner): Promise<{ id: string; publicKey: string }> {
  return expectStatus(await http(base, "POST", "/api/inboxes", { cookie: owner.cookie, body: { name: "Website" } }), 201, "create inbox");
}

export interface Visitor {
  token: string;
  visitorId: string;
  ip: string;
  conversationId?: string;
}

export async function startVisitor(base: string, publicKey: string): Promise<Visitor> {
  const ip = nextIp();
  // Like the loader, try again after a 5xx (on an overloaded machine a request can time out).
  for (let attempt = 0; ; attempt++) {
    const result = await http(base, "POST", "/api/widget/session", { ip, body: { publicKey, page: "https://shop.example/help" } });
    if (result.status >= 500 && attempt < 3) continue;
    const body = expectStatus(result, 200, "widget session");
    return { token: body.token, visitorId: body.visitorId, ip };
  }
}

export async function visitorSays(base: string, visitor: Visitor, text: string) {
  const body = expectStatus(await http(base, "POST", "/api/widget/messages", { token: visitor.token, ip: visitor.ip, body: { clientId: randomUUID(), text } }), 201, "visitor message");
  visitor.conversationId = body.message.conversationId;
  return body.message;
}

/**
 * An agent's reply, as the inbox sends it: a 5xx or a dropped request is retried with the same
 * clientId (stored once; a repeat answers 200 with the stored message).
 */
export async function agentSays(base: string, owner: Owner, conversationId: string, text: string, retries = 0) {
  const clientId = randomUUID();
  for (let attempt = 0; ; attempt++) {
    const result = await http(base, "POST", `/api/inbox/conversations/${conversationId}/messages`, { cookie: owner.cookie, body: { clientId, text, note: false } }).catch((error: Error) => ({ status: 599, body: error.message, ms: 0 }));
    if (result.status === 201 || (result.status === 200 && attempt > 0)) return result.body.message;
    if (result.status < 500 || attempt >= retries) return expectStatus(result, 201, "agent message").message;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export interface WidgetMessage {
  id: string;
  seq: number;
  role: string;
  body: string;
  conversationId: string;
}

/** Runs `work` over `items` with at most `limit` in flight. */
export async function mapLimit<T, R>(items: T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index] as T, index);
      }
    }),
  );
  return results;
}

/** A Socket.IO client on /widget as the widget opens it (websocket only). */
export function openWidgetSocket(base: string, token: string, options: { reconnection?: boolean } = {}): Socket {
  return connect(`${base}/widget`, {
    transports: ["websocket"],
    auth: { token },
    reconnection: options.reconnection ?? true,
    reconnectionDelay: 500,
    reconnectionDelayMax: 2_000,
    timeout: 10_000,
  });
}
