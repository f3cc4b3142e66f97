import { beforeAll, describe, expect, it } from "vitest";
import * as responsesRoute from "@/app/api/canned-responses/route";
import * as responseRoute from "@/app/api/canned-responses/[responseId]/route";
import { db } from "@/server/db";
import { addMember, signUpOwner, type TestAccount } from "../support/accounts";
import { call } from "../support/routes";

let owner: TestAccount;
let agent: TestAccount;
let other: TestAccount;

beforeAll(async () => {
  owner = await signUpOwner("canned-owner", "Canned Co");
  agent = await addMember(owner, "agent");
  other = await signUpOwner("canned-other", "Other Canned Co");
});

const hello = { shortcut: "/Hello", title: "Greeting", body: "Hi {{contact.name}}, I'm {{ agent.name }}." };
const create = (account: TestAccount, body: unknown) => call(responsesRoute.POST, "POST", "/api/canned-responses", { cookie: account.cookie, body });

describe("canned responses API", () => {
  it("creates, lists, updates and deletes; every role lists, only managers write", async () => {
    const created = await create(owner, hello);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ id: expect.any(String), shortcut: "hello", title: "Greeting", body: hello.body });
    const responseId = created.body.id;
    expect((await create(agent, { ...hello, shortcut: "agent" })).status).toBe(403);

    const listed = await call(responsesRoute.GET, "GET", "/api/canned-responses", { cookie: agent.cookie });
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual({ cannedResponses: [created.body] });

    const patched = await call(responseRoute.PATCH, "PATCH", "/", { cookie: owner.cookie, params: { responseId }, body: { shortcut: "hi", body: "Hello {{contact.email}}" } });
    expect(patched.body).toEqual({ id: responseId, shortcut: "hi", title: "Greeting", body: "Hello {{contact.email}}" });
    expect((await call(responseRoute.PATCH, "PATCH", "/", { cookie: agent.cookie, params: { responseId }, body: { title: "x" } })).status).toBe(403);
    expect((await call(responseRoute.DELETE, "DELETE", "/", { cookie: agent.cookie, params: { responseId } })).status).toBe(403);
    expect((await call(responseRoute.DELETE, "DELETE", "/", { cookie: owner.cookie, params: { responseId } })).status).toBe(204);
    expect((await call(responsesRoute.GET, "GET", "/", { cookie: owner.cookie })).body.cannedResponses).toEqual([]);
    const actions = (await db.auditLog.findMany({ where: { organizationId: owner.organizationId, targetId: responseId }, orderBy: { createdAt: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["canned_response.created", "canned_response.updated", "canned_response.deleted"]);
  });

  it("a shortcut is unique per workspace: 409 with a clear message, nothing changed", async () => {
    const first = (await create(owner, { ...hello, shortcut: "refund" })).body;
    const second = (await create(owner, { ...hello, shortcut: "returns" })).body;
    const duplicate = await create(owner, { ...hello, shortcut: "REFUND" });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.message).toBe("The shortcut /refund is already used by another canned response");
    const renamed = await call(responseRoute.PATCH, "PATCH", "/", { cookie: owner.cookie, params: { responseId: second.id }, body: { shortcut: "refund", title: "Changed" } });
    expect(renamed.status).toBe(409);
    expect((await db.cannedResponse.findUniqueOrThrow({ where: { id: second.id } })).title).toBe("Greeting");
    // Saving a response with its own shortcut is fine, and another workspace may use the same one.
    expect((await call(responseRoute.PATCH, "PATCH", "/", { cookie: owner.cookie, params: { responseId: first.id }, body: { shortcut: "refund" } })).status).toBe(200);
    expect((await create(other, { ...hello, shortcut: "refund" })).status).toBe(201);
  });

  it("refuses bad shortcuts, empty fields and unknown variables", async () => {
    const spaces = await create(owner, { ...hello, shortcut: "two words" });
    expect(spaces.status).toBe(422);
    expect(spaces.body.error.message).toMatch(/^shortcut: may use only letters/);
    expect((await create(owner, { ...hello, shortcut: "x", title: "" })).body.error.message).toMatch(/^title: is required/);
    const unknown = await create(owner, { ...hello, shortcut: "order", body: "Your order {{order.id}}" });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.message).toBe("body: {{order.id}} is not a variable; use {{contact.name}}, {{contact.email}}, {{agent.name}}");
  });

  it("keeps another workspace's responses out of reach", async () => {
    const responseId = (await create(owner, { ...hello, shortcut: "private" })).body.id;
    expect((await call(responseRoute.PATCH, "PATCH", "/", { cookie: other.cookie, params: { responseId }, body: { title: "Mine" } })).status).toBe(404);
    expect((await call(responseRoute.DELETE, "DELETE", "/", { cookie: other.cookie, params: { responseId } })).status).toBe(404);
    const listed = (await call(responsesRoute.GET, "GET", "/", { cookie: other.cookie })).body.cannedResponses;
    expect(listed.map((r: { id: string }) => r.id)).not.toContain(responseId);
  });
});
