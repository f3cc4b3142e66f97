// Outbound webhooks end to end: a real HTTP receiver in this process, the real BullMQ worker, real
// Postgres and Redis. The receiver checks every signature itself (node:crypto, not Baton's code),
// answers 500 when told to, and records what arrives, so the tests see retries, duplicates and
// cross-tenant leaks exactly as an integrator would.
import { createHmac } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call } from "../support/routes";
import type { TestAccount } from "../support/accounts";

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  signatureValid: boolean;
}

let receiver: Server;
let receiverUrl: string;
const received: Received[] = [];
/** Status codes to answer per path, in order; then 200. */
const scripted = new Map<string, number[]>();
/** Signing secret per path, known once the endpoint is created. */
const secrets = new Map<string, string>();

let app: {
  webhooks: typeof import("@/app/api/webhooks/route");
  endpoint: typeof import("@/app/api/webhooks/[endpointId]/route");
  test: typeof import("@/app/api/webhooks/[endpointId]/test/route");
  deliveries: typeof import("@/app/api/webhooks/[endpointId]/deliveries/route");
  redeliver: typeof import("@/app/api/webhooks/[endpointId]/deliveries/[deliveryId]/redeliver/route");
  resolve: typeof import("@/app/api/inbox/conversations/[conversationId]/resolve/route");
  widgetMessages: typeof import("@/app/api/widget/messages/route");
  handoff: typeof import("@/app/api/widget/handoff/route");
  dispatch: typeof import("@/jobs/conversation-event-handlers");
  worker: typeof import("@/jobs/worker");
  db: typeof import("@/server/db").db;
  accounts: typeof import("../support/accounts");
  inbox: typeof import("../support/inbox");
  widget: typeof import("../support/widget");
  background: typeof import("@/server/background");
};
let workers: { close(): Promise<void> };
let a: TestAccount;
let b: TestAccount;
let agentA: TestAccount;

function verify(secret: string, headers: IncomingHttpHeaders, body: string): boolean {
  const timestamp = String(headers["baton-webhook-timestamp"] ?? "");
  const expected = "v1=" + createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
  const fresh = Math.abs(Date.now() / 1000 - Number(timestamp)) < 300;
  return fresh && headers["baton-webhook-signature"] === expected;
}

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const path = req.url ?? "/";
      const body = Buffer.concat(chunks).toString("utf8");
      const secret = secrets.get(path);
      received.push({ path, headers: req.headers, body, signatureValid: secret ? verify(secret, req.headers, body) : false });
      const status = scripted.get(path)?.shift() ?? 200;
      res.writeHead(status, { "content-type": "text/plain" }).end(status === 200 ? "ok" : "receiver is down");
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  app = {
    webhooks: await import("@/app/api/webhooks/route"),
    endpoint: await import("@/app/api/webhooks/[endpointId]/route"),
    test: await import("@/app/api/webhooks/[endpointId]/test/route"),
    deliveries: await import("@/app/api/webhooks/[endpointId]/deliveries/route"),
    redeliver: await import("@/app/api/webhooks/[endpointId]/deliveries/[deliveryId]/redeliver/route"),
    resolve: await import("@/app/api/inbox/conversations/[conversationId]/resolve/route"),
    widgetMessages: await import("@/app/api/widget/messages/route"),
    handoff: await import("@/app/api/widget/handoff/route"),
    dispatch: await import("@/jobs/conversation-event-handlers"),
    worker: await import("@/jobs/worker"),
    db: (await import("@/server/db")).db,
    accounts: await import("../support/accounts"),
    inbox: await import("../support/inbox"),
    widget: await import("../support/widget"),
    background: await import("@/server/background"),
  };
  a = await app.accounts.signUpOwner("hooks-a", "Hooks A");
  b = await app.accounts.signUpOwner("hooks-b", "Hooks B");
  agentA = await app.accounts.addMember(a, "agent", "Ana");
  workers = app.worker.startWorkers();
  // Three sign-ups (scrypt) and the app's modules: slow when the machine is busy.
}, 180_000);

afterAll(async () => {
  await workers?.close();
  await new Promise((resolve) => receiver?.close(resolve));
});

async function until<T>(read: () => Promise<T | null | undefined | false> | T | null | undefined | false, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function createEndpoint(owner: TestAccount, path: string, events: string[]) {
  const created = await call(app.webhooks.POST, "POST", "/api/webhooks", { cookie: owner.cookie, body: { url: receiverUrl + path, events, description: path } });
  expect(created.status).toBe(201);
  secrets.set(path, created.body.secret);
  return created.body as { id: string; secret: string };
}

const ALL_EVENTS = ["conversation.escalated", "conversation.claimed", "conversation.resolved", "message.created"];
const at = (path: string) => received.filter((request) => request.path === path);
const events = (path: string) => at(path).map((request) => JSON.parse(request.body) as { id: string; type: string; workspaceId: string; data: any });

describe("webhook endpoints", () => {
  it("creates an endpoint with a secret shown once and stored encrypted; bad input and agents change nothing", async () => {
    const before = await app.db.webhookEndpoint.count({ where: { organizationId: a.organizationId } });
    const bad = [
      await call(app.webhooks.POST, "POST", "/", { cookie: a.cookie, body: { url: "ftp://example.com/hook", events: ["message.created"] } }),
      await call(app.webhooks.POST, "POST", "/", { cookie: a.cookie, body: { url: "javascript:alert(1)", events: ["message.created"] } }),
      await call(app.webhooks.POST, "POST", "/", { cookie: a.cookie, body: { url: `${receiverUrl}/x`, events: [] } }),
      await call(app.webhooks.POST, "POST", "/", { cookie: a.cookie, body: { url: `${receiverUrl}/x`, events: ["conversation.deleted"] } }),
      await call(app.webhooks.POST, "POST", "/", { cookie: a.cookie, body: { url: `${receiverUrl}/x`, events: ["message.created"], secret: "mine" } }),
    ];
    expect(bad.map((response) => response.status)).toEqual([422, 422, 422, 422, 422]);
    expect(bad[0]!.body.error.message).toBeTruthy();
    const byAgent = await call(app.webhooks.POST, "POST", "/", { cookie: agentA.cookie, body: { url: `${receiverUrl}/x`, events: ["message.created"] } });
    expect(byAgent.status).toBe(403);
    expect(await app.db.webhookEndpoint.count({ where: { organizationId: a.organizationId } })).toBe(before);

    const created = await createEndpoint(a, "/crud", ["message.created"]);
    expect(created.secret).toMatch(/^whsec_/);
    const listed = await call(app.webhooks.GET, "GET", "/api/webhooks", { cookie: a.cookie });
    expect(listed.body.endpoints).toEqual([expect.objectContaining({ id: created.id, url: `${receiverUrl}/crud`, events: ["message.created"], enabled: true })]);
    expect(JSON.stringify(listed.body)).not.toContain(created.secret);
    const stored = await app.db.webhookEndpoint.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.secret).not.toContain(created.secret.slice(6));

    const patched = await call(app.endpoint.PATCH, "PATCH", "/", { cookie: a.cookie, params: { endpointId: created.id }, body: { events: ["conversation.resolved"], enabled: false } });
    expect(patched.body).toEqual(expect.objectContaining({ events: ["conversation.resolved"], enabled: false }));
    expect((await call(app.endpoint.PATCH, "PATCH", "/", { cookie: a.cookie, params: { endpointId: created.id }, body: { url: "ftp://nope" } })).status).toBe(422);
    // Another workspace's owner cannot see, change, test or delete it.
    const probes = [
      await call(app.endpoint.PATCH, "PATCH", "/", { cookie: b.cookie, params: { endpointId: created.id }, body: { enabled: true } }),
      await call(app.endpoint.DELETE, "DELETE", "/", { cookie: b.cookie, params: { endpointId: created.id } }),
      await call(app.test.POST, "POST", "/", { cookie: b.cookie, params: { endpointId: created.id } }),
      await call(app.deliveries.GET, "GET", "/", { cookie: b.cookie, params: { endpointId: created.id } }),
    ];
    expect(probes.map((response) => response.status)).toEqual([404, 404, 404, 404]);
    expect((await call(app.webhooks.GET, "GET", "/", { cookie: b.cookie })).body.endpoints).toEqual([]);
    expect((await app.db.webhookEndpoint.findUniqueOrThrow({ where: { id: created.id } })).enabled).toBe(false);

    expect((await call(app.endpoint.DELETE, "DELETE", "/", { cookie: a.cookie, params: { endpointId: created.id } })).status).toBe(204);
    const audit = await app.db.auditLog.findMany({ where: { organizationId: a.organizationId, targetId: created.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((entry) => [entry.action, entry.actorId])).toEqual([
      ["webhook.created", a.userId],
      ["webhook.updated", a.userId],
      ["webhook.deleted", a.userId],
    ]);
  });
});

describe("webhook delivery", () => {
  it("sends each conversation event once, signed, with what an integrator needs, and nothing to another workspace", async () => {
    await createEndpoint(a, "/a", ALL_EVENTS);
    await createEndpoint(a, "/a-escalations", ["conversation.escalated"]);
    await createEndpoint(b, "/b", ALL_EVENTS);
    const inbox = await app.widget.createWidgetInbox(a.organizationId);
    const visitor = await app.widget.startVisitor(inbox.publicKey);
    const first = await app.inbox.visitorSays(visitor.token, "I want to talk to a human about my refund");
    const conversationId = first.body.message.conversationId as string;
    await app.db.contact.updateMany({ where: { conversations: { some: { id: conversationId } } }, data: { name: "Dana Visitor", email: "dana@example.test" } });
    await app.background.drainBackground();
    expect((await call(app.handoff.POST, "POST", "/", { headers: app.widget.bearer(visitor.token), body: {} })).status).toBe(201);
    expect((await app.inbox.claim(agentA.cookie, conversationId)).status).toBe(200);
    expect((await app.inbox.agentSays(agentA.cookie, conversationId, "Hi Dana, I am on it")).status).toBe(201);
    expect((await call(app.resolve.POST, "POST", "/", { cookie: agentA.cookie, params: { conversationId } })).status).toBe(200);
    // And something in B, which A's endpoints must never hear about.
    const inboxB = await app.widget.createWidgetInbox(b.organizationId);
    const visitorB = await app.widget.startVisitor(inboxB.publicKey);
    await call(app.widgetMessages.POST, "POST", "/", { headers: app.widget.bearer(visitorB.token), body: { clientId: randomUUID(), text: "secret of B" } });
    await app.background.drainBackground();

    await until(() => {
      const types = events("/a").map((event) => event.type);
      return types.includes("conversation.resolved") && types.includes("conversation.claimed") && types.includes("conversation.escalated") && events("/b").length > 0;
    });
    // Give stragglers (a duplicate would arrive about now) time to show up.
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    const fromA = events("/a");
    expect(at("/a").every((request) => request.signatureValid)).toBe(true);
    expect(new Set(fromA.map((event) => event.id)).size).toBe(fromA.length);
    expect(at("/a").every((request, index) => request.headers["baton-webhook-id"] === fromA[index]!.id)).toBe(true);
    expect(fromA.every((event) => event.workspaceId === a.organizationId && event.data.conversation.id === conversationId)).toBe(true);
    expect(JSON.stringify(fromA)).not.toContain("secret of B");

    const escalated = fromA.find((event) => event.type === "conversation.escalated")!;
    expect(escalated.data.contact).toEqual(expect.objectContaining({ name: "Dana Visitor", email: "dana@example.test" }));
    expect(escalated.data.handoff.reasons).toContain("explicit_request");
    expect(typeof escalated.data.handoff.summary).toBe("string");
    const claimed = fromA.find((event) => event.type === "conversation.claimed")!;
    expect(claimed.data.claimedBy).toEqual(expect.objectContaining({ id: agentA.userId, name: "Ana" }));
    const messages = fromA.filter((event) => event.type === "message.created").map((event) => event.data.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ role: "visitor", text: "I want to talk to a human about my refund" }),
        expect.objectContaining({ role: "agent", text: "Hi Dana, I am on it", author: expect.objectContaining({ name: "Ana" }) }),
      ]),
    );
    expect(fromA.filter((event) => event.type === "conversation.resolved")).toHaveLength(1);
    // Nothing secret: no tokens, secrets or visitor ids in any payload.
    for (const secret of secrets.values()) expect(JSON.stringify(fromA)).not.toContain(secret);
    expect(JSON.stringify(fromA)).not.toContain(visitor.visitorId);

    // The escalations-only endpoint got exactly the escalation; B's endpoint only B's message.
    expect(events("/a-escalations").map((event) => event.id)).toEqual([escalated.id]);
    expect(events("/b").every((event) => event.workspaceId === b.organizationId && event.type === "message.created")).toBe(true);
    expect(events("/b").map((event) => event.data.message.text)).toContain("secret of B");
    expect(JSON.stringify(events("/b"))).not.toContain(conversationId);

    // A retried conversation.event job runs every handler again: nothing new is sent.
    const countBefore = received.length;
    const handoff = await app.db.handoff.findFirstOrThrow({ where: { conversationId } });
    await app.dispatch.dispatchConversationEvent({ type: "handoff.requested", organizationId: a.organizationId, conversationId, handoffId: handoff.id, status: "QUEUED" });
    await app.dispatch.dispatchConversationEvent({ type: "conversation.resolved", organizationId: a.organizationId, conversationId });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(received.length).toBe(countBefore);
    const rows = await app.db.webhookDelivery.findMany({ where: { organizationId: a.organizationId, eventType: "conversation.escalated" } });
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => row.status === "SENT" && row.attempts === 1 && row.responseStatus === 200)).toBe(true);
  });

  it("retries after 500s with the same event id, then shows it sent; redelivers on demand", async () => {
    const endpoint = await createEndpoint(a, "/flaky", ["conversation.resolved"]);
    scripted.set("/flaky", [500, 500]);
    const test = await call(app.test.POST, "POST", "/", { cookie: a.cookie, params: { endpointId: endpoint.id } });
    expect(test.status).toBe(202);
    expect(test.body).toEqual(expect.objectContaining({ eventType: "webhook.test", status: "pending" }));
    // Backoff is 2 s then 4 s: the third attempt lands about 6 s after the first.
    const sent = await until(async () => {
      const listed = await call(app.deliveries.GET, "GET", "/", { cookie: a.cookie, params: { endpointId: endpoint.id } });
      return listed.body.deliveries.find((delivery: { status: string }) => delivery.status === "sent");
    }, 25_000);
    expect(sent).toEqual(expect.objectContaining({ id: test.body.id, attempts: 3, responseStatus: 200, lastError: null }));
    const attempts = at("/flaky");
    expect(attempts).toHaveLength(3);
    expect(new Set(attempts.map((request) => request.headers["baton-webhook-id"]))).toEqual(new Set([test.body.eventId]));
    expect(attempts.every((request) => request.signatureValid)).toBe(true);
    expect(JSON.parse(attempts[0]!.body)).toEqual(expect.objectContaining({ id: test.body.eventId, type: "webhook.test", workspaceId: a.organizationId }));

    // While a failure is being retried the table says why.
    scripted.set("/flaky", [503]);
    const second = await call(app.test.POST, "POST", "/", { cookie: a.cookie, params: { endpointId: endpoint.id } });
    const retrying = await until(() => app.db.webhookDelivery.findFirst({ where: { id: second.body.id, attempts: 1, status: "PENDING", responseStatus: 503 } }));
    expect(retrying.lastError).toContain("HTTP 503");
    const early = await call(app.redeliver.POST, "POST", "/", { cookie: a.cookie, params: { endpointId: endpoint.id, deliveryId: second.body.id } });
    expect(early.status).toBe(409);

    const redelivered = await call(app.redeliver.POST, "POST", "/", { cookie: a.cookie, params: { endpointId: endpoint.id, deliveryId: test.body.id } });
    expect(redelivered.status).toBe(202);
    expect(redelivered.body).toEqual(expect.objectContaining({ status: "pending", attempts: 0 }));
    await until(() => at("/flaky").filter((request) => request.headers["baton-webhook-id"] === test.body.eventId).length === 4);
    await until(() => app.db.webhookDelivery.findFirst({ where: { id: test.body.id, status: "SENT", attempts: 1 } }));
    const byB = await call(app.redeliver.POST, "POST", "/", { cookie: b.cookie, params: { endpointId: endpoint.id, deliveryId: test.body.id } });
    expect(byB.status).toBe(404);
    expect(await app.db.auditLog.count({ where: { organizationId: a.organizationId, action: "webhook.redelivered", targetId: test.body.id } })).toBe(1);
  });

  it("records a refused connection as the error and keeps retrying; a disabled endpoint is not called", async () => {
    // A port that was just free: nothing listens there (fetch refuses well-known ports like 9 itself).
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const freePort = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const dead = await call(app.webhooks.POST, "POST", "/", { cookie: a.cookie, body: { url: `http://127.0.0.1:${freePort}/nothing-listens`, events: ["message.created"] } });
    const test = await call(app.test.POST, "POST", "/", { cookie: a.cookie, params: { endpointId: dead.body.id } });
    const row = await until(() => app.db.webhookDelivery.findFirst({ where: { id: test.body.id, attempts: { gte: 1 }, lastError: { not: null } } }));
    expect(row).toEqual(expect.objectContaining({ status: "PENDING", responseStatus: null }));
    expect(row.lastError).toContain("ECONNREFUSED");

    const paused = await createEndpoint(a, "/paused", ["message.created"]);
    await call(app.endpoint.PATCH, "PATCH", "/", { cookie: a.cookie, params: { endpointId: paused.id }, body: { enabled: false } });
    const inbox = await app.widget.createWidgetInbox(a.organizationId);
    const visitor = await app.widget.startVisitor(inbox.publicKey);
    await call(app.widgetMessages.POST, "POST", "/", { headers: app.widget.bearer(visitor.token), body: { clientId: randomUUID(), text: "anyone there?" } });
    await until(() => events("/a").some((event) => event.data.message?.text === "anyone there?"));
    expect(at("/paused")).toEqual([]);
    await call(app.endpoint.DELETE, "DELETE", "/", { cookie: a.cookie, params: { endpointId: dead.body.id } });
  });
});
