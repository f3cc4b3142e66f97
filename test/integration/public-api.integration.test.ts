import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import * as apiKeysRoute from "@/app/api/workspace/api-keys/route";
import * as conversationsRoute from "@/app/api/v1/conversations/route";
import * as conversationRoute from "@/app/api/v1/conversations/[conversationId]/route";
import * as messagesRoute from "@/app/api/v1/conversations/[conversationId]/messages/route";
import * as openApiRoute from "@/app/api/v1/openapi.json/route";
import * as widgetMessagesRoute from "@/app/api/widget/messages/route";
import { drainBackground } from "@/server/background";
import { db } from "@/server/db";
import { signUpOwner } from "../support/accounts";
import { call } from "../support/routes";
import { bearer, createWidgetInbox, startVisitor } from "../support/widget";

let headers: Record<string, string>;
let conversationId: string;
let visitorToken: string;

beforeAll(async () => {
  const owner = await signUpOwner("api-owner", "API Co");
  headers = { authorization: `Bearer ${(await call(apiKeysRoute.POST, "POST", "/", { cookie: owner.cookie, body: { name: "api" } })).body.key}` };
  const inbox = await createWidgetInbox(owner.organizationId);
  const visitor = await startVisitor(inbox.publicKey);
  visitorToken = visitor.token;
  const sent = await call(widgetMessagesRoute.POST, "POST", "/", { headers: bearer(visitor.token), body: { clientId: randomUUID(), text: "Do you ship to Canada?" } });
  conversationId = sent.body.message.conversationId;
  await drainBackground();
});

describe("public API v1", () => {
  it("lists and gets conversations and their messages", async () => {
    const list = await call(conversationsRoute.GET, "GET", "/api/v1/conversations?status=BOT", { headers });
    expect(list.body.conversations.map((c: { id: string }) => c.id)).toContain(conversationId);
    const one = await call(conversationRoute.GET, "GET", "/", { headers, params: { conversationId } });
    expect(one.body).toEqual(expect.objectContaining({ id: conversationId, status: "BOT" }));
    const messages = await call(messagesRoute.GET, "GET", "/api/v1/conversations/x/messages?after=0", { headers, params: { conversationId } });
    expect(messages.body.messages[0]).toEqual(expect.objectContaining({ seq: 1, role: "visitor", body: "Do you ship to Canada?" }));
    expect((await call(conversationRoute.GET, "GET", "/", { headers, params: { conversationId: "nope" } })).status).toBe(404);
  });

  it("an agent reply reaches the visitor once, takes the chat from the bot; a note stays internal", async () => {
    const body = { text: "Hi, this is Sam from the team.", authorName: "Sam", externalId: "crm-1" };
    const first = await call(messagesRoute.POST, "POST", "/", { headers, params: { conversationId }, body });
    const retry = await call(messagesRoute.POST, "POST", "/", { headers, params: { conversationId }, body });
    expect([first.status, retry.status]).toEqual([201, 200]);
    expect(retry.body.message.id).toBe(first.body.message.id);
    expect((await db.conversation.findUniqueOrThrow({ where: { id: conversationId } })).status).toBe("ASSIGNED");
    await call(messagesRoute.POST, "POST", "/", { headers, params: { conversationId }, body: { text: "note: refund likely", note: true } });
    const seen = await call(widgetMessagesRoute.GET, "GET", "/api/widget/messages?after=0", { headers: bearer(visitorToken) });
    const bodies = seen.body.messages.map((m: { body: string }) => m.body);
    expect(bodies.filter((text: string) => text === body.text)).toHaveLength(1);
    expect(bodies).not.toContain("note: refund likely");
  });

  it("publishes an OpenAPI document that lists every v1 route", async () => {
    const doc = await call(openApiRoute.GET, "GET", "/api/v1/openapi.json");
    expect(doc.body.openapi).toBe("3.1.0");
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(["/api/v1/conversations", "/api/v1/conversations/{conversationId}/messages", "/api/v1/knowledge/import"]),
    );
    expect(doc.body.paths["/api/v1/conversations/{conversationId}/messages"].post.requestBody.content["application/json"].schema.properties.text).toBeDefined();
  });
});
