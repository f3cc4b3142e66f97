import { beforeAll, describe, expect, it } from "vitest";
import * as entriesRoute from "@/app/api/knowledge/route";
import * as entryRoute from "@/app/api/knowledge/[entryId]/route";
import * as importRoute from "@/app/api/knowledge/import/route";
import * as exportRoute from "@/app/api/knowledge/export/route";
import * as v1ImportRoute from "@/app/api/v1/knowledge/import/route";
import * as v1ListRoute from "@/app/api/v1/knowledge/route";
import * as apiKeysRoute from "@/app/api/workspace/api-keys/route";
import { getKnowledge } from "@/features/knowledge/knowledge-model-cache";
import { db } from "@/server/db";
import { addMember, signUpOwner, type TestAccount } from "../support/accounts";
import { call } from "../support/routes";

let owner: TestAccount;
let agent: TestAccount;

beforeAll(async () => {
  owner = await signUpOwner("kb-admin", "KB Admin Co");
  agent = await addMember(owner, "agent");
});

const entry = { title: "Do you have gift cards?", exampleQuestions: ["gift card", "gift voucher"], answer: "Yes, from $25.", tags: ["gifts"] };

describe("knowledge base API", () => {
  it("creates, reads, updates and deletes entries; agents can read but not write", async () => {
    const created = await call(entriesRoute.POST, "POST", "/", { cookie: owner.cookie, body: entry });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect((await call(entriesRoute.POST, "POST", "/", { cookie: agent.cookie, body: entry })).status).toBe(403);
    const listed = await call(entriesRoute.GET, "GET", "/api/knowledge?q=gift", { cookie: agent.cookie });
    expect(listed.body.entries.map((e: { id: string }) => e.id)).toContain(id);
    const patched = await call(entryRoute.PATCH, "PATCH", "/", { cookie: owner.cookie, params: { entryId: id }, body: { answer: "Yes, from $10." } });
    expect(patched.body.answer).toBe("Yes, from $10.");
    expect((await call(entryRoute.PATCH, "PATCH", "/", { cookie: owner.cookie, params: { entryId: id }, body: { bogus: 1 } })).status).toBe(422);
    expect((await call(entryRoute.DELETE, "DELETE", "/", { cookie: owner.cookie, params: { entryId: id } })).status).toBe(204);
    expect((await call(entryRoute.GET, "GET", "/", { cookie: owner.cookie, params: { entryId: id } })).status).toBe(404);
  });

  it("imports all or nothing, listing every bad line", async () => {
    const before = await db.knowledgeEntry.count({ where: { organizationId: owner.organizationId } });
    const content = ['{"title":"A question?","answer":"An answer."}', "{oops", '{"title":"No answer"}'].join("\n");
    const bad = await call(importRoute.POST, "POST", "/", { cookie: owner.cookie, body: { format: "jsonl", content } });
    expect(bad.status).toBe(422);
    expect(bad.body.error.message).toMatch(/^Line 2/);
    expect(bad.body.error.details.map((d: { line: number }) => d.line)).toEqual([2, 3]);
    expect(await db.knowledgeEntry.count({ where: { organizationId: owner.organizationId } })).toBe(before);
  });

  it("an imported CSV is answered by the rebuilt model, and exports back", async () => {
    const csv = [
      "title,example_questions,answer,tags",
      '"Where are you located?","address|where is your store|store location","Our store is at 12 Harbour St.",info',
      '"What are your opening hours?","when are you open|opening times|hours","Mon-Sat 9am-6pm.",info',
    ].join("\n");
    const imported = await call(importRoute.POST, "POST", "/", { cookie: owner.cookie, body: { format: "csv", content: csv, mode: "replace" } });
    expect(imported.status).toBe(201);
    expect(imported.body).toEqual({ imported: 2, mode: "replace" });
    // Two entries train in place, so the model is there at once.
    const knowledge = await getKnowledge(owner.organizationId);
    if (!knowledge) throw new Error("expected the small knowledge base to be trained in place");
    const answer = knowledge.model.answer("what time do you open on saturday?", { threshold: 0 });
    expect(knowledge.entries.get(answer.entryId!)?.answer).toBe("Mon-Sat 9am-6pm.");

    const exported = await call(exportRoute.GET, "GET", "/api/knowledge/export?format=csv", { cookie: owner.cookie });
    expect(exported.headers.get("content-disposition")).toContain("knowledge-base.csv");
    expect(exported.body).toContain("Our store is at 12 Harbour St.");
  });

  it("imports and lists through the public API with an API key", async () => {
    const key = (await call(apiKeysRoute.POST, "POST", "/", { cookie: owner.cookie, body: { name: "sync" } })).body.key;
    const headers = { authorization: `Bearer ${key}` };
    const content = JSON.stringify({ title: "Do you price match?", exampleQuestions: ["price match"], answer: "Yes, within 14 days." });
    const imported = await call(v1ImportRoute.POST, "POST", "/", { headers, body: { format: "jsonl", content } });
    expect(imported.status).toBe(201);
    const listed = await call(v1ListRoute.GET, "GET", "/api/v1/knowledge?q=price", { headers });
    expect(listed.body.entries.map((e: { title: string }) => e.title)).toContain("Do you price match?");
    expect((await call(v1ListRoute.GET, "GET", "/api/v1/knowledge", { headers: { authorization: "Bearer bk_wrong" } })).status).toBe(401);
  });
});

describe("knowledge search", () => {
  it("finds an entry by part of an example question or a tag, in any case", async () => {
    const owner = await signUpOwner("kb-search", "Search Co");
    await call(entriesRoute.POST, "POST", "/", { cookie: owner.cookie, body: { title: "Returns", exampleQuestions: ["Can I Send Something Back?"], answer: "Yes.", tags: ["Logistics"] } });
    const byPhrase = await call(entriesRoute.GET, "GET", "/api/knowledge?q=send%20something", { cookie: owner.cookie });
    const byTag = await call(entriesRoute.GET, "GET", "/api/knowledge?q=logistics", { cookie: owner.cookie });
    expect(byPhrase.body.total).toBe(1);
    expect(byTag.body.entries[0].title).toBe("Returns");
  });
});
