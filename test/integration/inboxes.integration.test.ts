import { beforeAll, describe, expect, it } from "vitest";
import * as inboxesRoute from "@/app/api/inboxes/route";
import * as inboxRoute from "@/app/api/inboxes/[inboxId]/route";
import * as secretRoute from "@/app/api/inboxes/[inboxId]/identity-secret/route";
import { db } from "@/server/db";
import { addMember, signUpOwner, type TestAccount } from "../support/accounts";
import { call } from "../support/routes";

let owner: TestAccount;
let agent: TestAccount;

beforeAll(async () => {
  owner = await signUpOwner("inbox-owner", "Inbox Co");
  agent = await addMember(owner, "agent");
});

describe("widget inboxes", () => {
  it("creates an inbox with an embed snippet and changes its theme and origins", async () => {
    const created = await call(inboxesRoute.POST, "POST", "/", { cookie: owner.cookie, body: { name: "Main site" } });
    expect(created.status).toBe(201);
    expect(created.body.embedSnippet).toContain(`data-key="${created.body.publicKey}"`);
    const inboxId = created.body.id;
    const patched = await call(inboxRoute.PATCH, "PATCH", "/", {
      cookie: owner.cookie,
      params: { inboxId },
      body: { allowedOrigins: ["https://shop.example", "https://*.shop.example"], theme: { color: "#112233", position: "left" } },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.theme).toEqual(expect.objectContaining({ color: "#112233", position: "left", launcherText: "Chat with us" }));
    const bad = await call(inboxRoute.PATCH, "PATCH", "/", { cookie: owner.cookie, params: { inboxId }, body: { allowedOrigins: ["https://shop.example/path"] } });
    expect(bad.status).toBe(422);
    expect((await call(inboxRoute.PATCH, "PATCH", "/", { cookie: agent.cookie, params: { inboxId }, body: { name: "x" } })).status).toBe(403);
  });

  it("shows the identity secret once and stores it encrypted", async () => {
    const inbox = (await call(inboxesRoute.POST, "POST", "/", { cookie: owner.cookie, body: { name: "Verified" } })).body;
    const rotated = await call(secretRoute.POST, "POST", "/", { cookie: owner.cookie, params: { inboxId: inbox.id } });
    expect(rotated.body.secret).toMatch(/^[0-9a-f]{64}$/);
    const stored = await db.inbox.findUniqueOrThrow({ where: { id: inbox.id } });
    expect(stored.identitySecret).not.toContain(rotated.body.secret);
    const listed = await call(inboxesRoute.GET, "GET", "/", { cookie: owner.cookie });
    expect(JSON.stringify(listed.body)).not.toContain(rotated.body.secret);
    expect(listed.body.find((i: { id: string }) => i.id === inbox.id).identityVerification).toBe(true);
  });
});
