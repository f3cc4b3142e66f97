// API key scopes: every v1 route needs its scope; a key without it gets 403 naming the scope and
// changes nothing, the same key with it gets through. Keys made without a list hold every scope.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import * as apiKeysRoute from "@/app/api/workspace/api-keys/route";
import * as v1WorkspaceRoute from "@/app/api/v1/workspace/route";
import * as v1ConversationsRoute from "@/app/api/v1/conversations/route";
import * as v1ConversationRoute from "@/app/api/v1/conversations/[conversationId]/route";
import * as v1MessagesRoute from "@/app/api/v1/conversations/[conversationId]/messages/route";
import * as v1KnowledgeRoute from "@/app/api/v1/knowledge/route";
import * as v1ImportRoute from "@/app/api/v1/knowledge/import/route";
import * as v1SimulateRoute from "@/app/api/v1/triggers/simulate/route";
import * as openApiRoute from "@/app/api/v1/openapi.json/route";
import * as widgetMessagesRoute from "@/app/api/widget/messages/route";
import { drainBackground } from "@/server/background";
import { db } from "@/server/db";
import { addMember, signUpOwner, type TestAccount } from "../support/accounts";
import { call } from "../support/routes";
import { bearer, createWidgetInbox, startVisitor } from "../support/widget";

const ALL = ["conversations:read", "conversations:write", "knowledge:read", "knowledge:write", "triggers:simulate"];
let owner: TestAccount;
let conversationId: string;

async function keyWith(scopes?: string[]) {
  const created = await call(apiKeysRoute.POST, "POST", "/", { cookie: owner.cookie, body: { name: `key ${randomUUID().slice(0, 6)}`, ...(scopes ? { scopes } : {}) } });
  expect(created.status).toBe(201);
  return { headers: { authorization: `Bearer ${created.body.key}` }, body: created.body };
}

const jsonl = (title: string) => JSON.stringify({ title, exampleQuestions: [title.toLowerCase()], answer: "An answer." });

/** One request per v1 operation, each needing the scope named first. */
function operations(headers: Record<string, string>) {
  const params = { conversationId };
  return {
    "conversations:read": [
      () => call(v1ConversationsRoute.GET, "GET", "/api/v1/conversations", { headers }),
      () => call(v1ConversationRoute.GET, "GET", "/", { headers, params }),
      () => call(v1MessagesRoute.GET, "GET", "/api/v1/conversations/x/messages?after=0", { headers, params }),
    ],
    "conversations:write": [() => call(v1MessagesRoute.POST, "POST", "/", { headers, params, body: { text: "from the scoped key", note: true } })],
    "knowledge:read": [() => call(v1KnowledgeRoute.GET, "GET", "/api/v1/knowledge", { headers })],
    "knowledge:write": [() => call(v1ImportRoute.POST, "POST", "/", { headers, body: { format: "jsonl", content: jsonl("Scoped import") } })],
    "triggers:simulate": [() => call(v1SimulateRoute.POST, "POST", "/", { headers, body: { messages: [{ role: "visitor", text: "I want a human" }] } })],
  } as Record<string, Array<() => Promise<{ status: number; body: any }>>>;
}

beforeAll(async () => {
  owner = await signUpOwner("scopes-owner", "Scopes Co");
  const inbox = await createWidgetInbox(owner.organizationId);
  const visitor = await startVisitor(inbox.publicKey);
  const sent = await call(widgetMessagesRoute.POST, "POST", "/", { headers: bearer(visitor.token), body: { clientId: randomUUID(), text: "Hello there" } });
  conversationId = sent.body.message.conversationId;
  await drainBackground();
});

describe("API key scopes", () => {
  it("a key without a list holds every scope; a list is stored in a fixed order; bad scopes are refused", async () => {
    expect((await keyWith()).body.scopes).toEqual(ALL);
    expect((await keyWith(["knowledge:write", "conversations:read", "knowledge:write"])).body.scopes).toEqual(["conversations:read", "knowledge:write"]);
    const count = await db.apiKey.count({ where: { organizationId: owner.organizationId } });
    const bad = [
      await call(apiKeysRoute.POST, "POST", "/", { cookie: owner.cookie, body: { name: "bad", scopes: ["admin"] } }),
      await call(apiKeysRoute.POST, "POST", "/", { cookie: owner.cookie, body: { name: "bad", scopes: [] } }),
      await call(apiKeysRoute.POST, "POST", "/", { cookie: owner.cookie, body: { name: "bad", scopes: "conversations:read" } }),
    ];
    expect(bad.map((response) => response.status)).toEqual([422, 422, 422]);
    expect(await db.apiKey.count({ where: { organizationId: owner.organizationId } })).toBe(count);
    const agent = await addMember(owner, "agent", "scoped-agent");
    expect((await call(apiKeysRoute.POST, "POST", "/", { cookie: agent.cookie, body: { name: "mine", scopes: ALL } })).status).toBe(403);
    const listed = await call(apiKeysRoute.GET, "GET", "/", { cookie: owner.cookie });
    expect(listed.body.every((key: { scopes: string[] }) => Array.isArray(key.scopes) && key.scopes.length > 0)).toBe(true);
    const audit = await db.auditLog.findFirstOrThrow({ where: { organizationId: owner.organizationId, action: "api_key.created" }, orderBy: { createdAt: "desc" } });
    expect(audit.metadata).toEqual(expect.objectContaining({ scopes: ["conversations:read", "knowledge:write"] }));
  });

  for (const scope of ALL) {
    it(`${scope}: 403 naming the scope without it (nothing changes), through with it`, async () => {
      const without = await keyWith(ALL.filter((other) => other !== scope));
      const withIt = await keyWith([scope]);
      const notes = () => db.message.count({ where: { conversationId, role: "NOTE" } });
      const entries = () => db.knowledgeEntry.count({ where: { organizationId: owner.organizationId } });
      const [notesBefore, entriesBefore] = [await notes(), await entries()];
      for (const operation of operations(without.headers)[scope]!) {
        const refused = await operation();
        expect(refused.status).toBe(403);
        expect(refused.body.error).toEqual(expect.objectContaining({ code: "FORBIDDEN", message: expect.stringContaining(scope) }));
      }
      expect([await notes(), await entries()]).toEqual([notesBefore, entriesBefore]);
      for (const operation of operations(withIt.headers)[scope]!) expect([200, 201]).toContain((await operation()).status);
      // The key-check endpoint needs no scope at all.
      expect((await call(v1WorkspaceRoute.GET, "GET", "/", { headers: withIt.headers })).status).toBe(200);
    });
  }

  it("a wrong or missing key is still 401, not 403", async () => {
    expect((await call(v1KnowledgeRoute.GET, "GET", "/", { headers: { authorization: "Bearer bk_nope" } })).status).toBe(401);
    expect((await call(v1KnowledgeRoute.GET, "GET", "/")).status).toBe(401);
  });

  it("the OpenAPI document names the scope of every operation", async () => {
    const doc = (await call(openApiRoute.GET, "GET", "/api/v1/openapi.json")).body;
    expect(doc.info.description).toContain("knowledge:write");
    const scopeOf = (path: string, method: string) => doc.paths[path][method].security[0].apiKey;
    expect(scopeOf("/api/v1/conversations", "get")).toEqual(["conversations:read"]);
    expect(scopeOf("/api/v1/conversations/{conversationId}/messages", "post")).toEqual(["conversations:write"]);
    expect(scopeOf("/api/v1/knowledge", "get")).toEqual(["knowledge:read"]);
    expect(scopeOf("/api/v1/knowledge/import", "post")).toEqual(["knowledge:write"]);
    expect(scopeOf("/api/v1/triggers/simulate", "post")).toEqual(["triggers:simulate"]);
    expect(scopeOf("/api/v1/workspace", "get")).toEqual([]);
    for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>)) {
      for (const operation of Object.values(item)) expect(Object.keys(operation.responses), path).toContain("403");
    }
  });
});
