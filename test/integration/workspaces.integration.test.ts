import { describe, expect, it } from "vitest";
import * as authRoute from "@/app/api/auth/[...all]/route";
import * as meRoute from "@/app/api/me/route";
import * as signupRoute from "@/app/api/signup/route";
import * as switchRoute from "@/app/api/workspaces/switch/route";
import * as workspacesRoute from "@/app/api/workspaces/route";
import * as workspaceRoute from "@/app/api/workspace/route";
import * as memberRoute from "@/app/api/workspace/members/[memberId]/route";
import * as membersRoute from "@/app/api/workspace/members/route";
import * as invitationsRoute from "@/app/api/workspace/invitations/route";
import * as acceptRoute from "@/app/api/invitations/[invitationId]/accept/route";
import * as apiKeysRoute from "@/app/api/workspace/api-keys/route";
import * as v1WorkspaceRoute from "@/app/api/v1/workspace/route";
import { db } from "@/server/db";
import { addMember, signUpOwner, uniqueEmail } from "../support/accounts";
import { call, cookieFrom } from "../support/routes";

describe("sign-up", () => {
  it("creates the account and a workspace with the person as owner", async () => {
    const owner = await signUpOwner("founder", "Acme Store");
    const me = await call(meRoute.GET, "GET", "/api/me", { cookie: owner.cookie });
    expect(me.status).toBe(200);
    expect(me.body.role).toBe("owner");
    expect(me.body.workspaces).toEqual([expect.objectContaining({ name: "Acme Store", role: "owner", active: true })]);
    const settings = await db.workspaceSettings.findUnique({ where: { organizationId: owner.organizationId } });
    expect(settings?.timezone).toBe("UTC");
  });

  it("refuses a second account with the same email (409) and writes nothing", async () => {
    const owner = await signUpOwner("dup");
    const before = await db.organization.count();
    const again = await call(signupRoute.POST, "POST", "/api/signup", {
      body: { name: "Dup", email: owner.email, password: "another-password", workspaceName: "Second" },
    });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/exists/i);
    expect(await db.organization.count()).toBe(before);
  });

  it.each([
    ["malformed JSON", { rawBody: "{not json", headers: { "content-type": "application/json" } }, 400],
    ["a non-JSON content type", { rawBody: "a=b", headers: { "content-type": "application/x-www-form-urlencoded" } }, 415],
    ["a missing field", { body: { email: "x@example.test", password: "long-enough", workspaceName: "W" } }, 422],
    ["a short password", { body: { name: "N", email: "y@example.test", password: "short", workspaceName: "W" } }, 422],
    ["a bad email", { body: { name: "N", email: "not-an-email", password: "long-enough", workspaceName: "W" } }, 422],
    ["no workspace name", { body: { name: "N", email: "z@example.test", password: "long-enough" } }, 422],
    ["an oversized body", { body: { name: "x".repeat(70_000), email: "big@example.test", password: "long-enough" } }, 413],
  ])("rejects %s with a clear 4xx and creates nothing", async (_label, options, status) => {
    const users = await db.user.count();
    const response = await call(signupRoute.POST, "POST", "/api/signup", options);
    expect(response.status).toBe(status);
    expect(response.body.error).toEqual(expect.objectContaining({ code: expect.any(String), message: expect.any(String) }));
    expect(await db.user.count()).toBe(users);
  });
});

describe("sign-in, sign-out and password reset", () => {
  it("signs in with the password, not with a wrong one, and signs out", async () => {
    const owner = await signUpOwner("signer");
    const wrong = await call(authRoute.POST, "POST", "/api/auth/sign-in/email", { body: { email: owner.email, password: "wrong-password" } });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error).toEqual({ code: "INVALID_EMAIL_OR_PASSWORD", message: expect.any(String) });
    const right = await call(authRoute.POST, "POST", "/api/auth/sign-in/email", { body: { email: owner.email, password: "correct-horse-battery" } });
    expect(right.status).toBe(200);
    const cookie = cookieFrom(right);
    expect((await call(meRoute.GET, "GET", "/api/me", { cookie })).status).toBe(200);
    const out = await call(authRoute.POST, "POST", "/api/auth/sign-out", { cookie, body: {} });
    expect(out.status).toBe(200);
    expect((await call(meRoute.GET, "GET", "/api/me", { cookie })).status).toBe(401);
  });

  it("throttles repeated sign-in attempts with 429 and Retry-After", async () => {
    const email = uniqueEmail("brute");
    const headers = { "x-forwarded-for": "203.0.113.77" };
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 11; attempt += 1) {
      const response = await call(authRoute.POST, "POST", "/api/auth/sign-in/email", { headers, body: { email, password: "guess-guess" } });
      statuses.push(response.status);
      if (response.status === 429) expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    }
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it("resets a password with the emailed token and revokes old sessions", async () => {
    const owner = await signUpOwner("forgetful");
    const request = await call(authRoute.POST, "POST", "/api/auth/request-password-reset", {
      body: { email: owner.email, redirectTo: "/reset-password" },
    });
    expect(request.status).toBe(200);
    // The token travels by email (or the log without SMTP); the test reads it where better-auth keeps it.
    const verification = await db.verification.findFirst({ where: { identifier: { startsWith: "reset-password:" }, value: owner.userId } });
    const token = verification!.identifier.replace("reset-password:", "");
    const reset = await call(authRoute.POST, "POST", "/api/auth/reset-password", { body: { token, newPassword: "a-brand-new-password" } });
    expect(reset.status).toBe(200);
    expect((await call(meRoute.GET, "GET", "/api/me", { cookie: owner.cookie })).status).toBe(401);
    const signIn = await call(authRoute.POST, "POST", "/api/auth/sign-in/email", { body: { email: owner.email, password: "a-brand-new-password" } });
    expect(signIn.status).toBe(200);
  });

  it("does not expose better-auth endpoints Baton does not use", async () => {
    const response = await call(authRoute.POST, "POST", "/api/auth/sign-up/email", {
      body: { name: "x", email: uniqueEmail("bypass"), password: "long-enough-pw" },
    });
    expect(response.status).toBe(404);
  });
});

describe("invitations and roles", () => {
  it("an invited agent joins with the agent role and is refused owner-only settings", async () => {
    const owner = await signUpOwner("boss");
    const agent = await addMember(owner, "agent");
    expect(agent.organizationId).toBe(owner.organizationId);
    const members = await call(membersRoute.GET, "GET", "/api/workspace/members", { cookie: agent.cookie });
    expect(members.body.map((m: { email: string; role: string }) => [m.email, m.role])).toEqual(
      expect.arrayContaining([[owner.email, "owner"], [agent.email, "agent"]]),
    );
    const patch = await call(workspaceRoute.PATCH, "PATCH", "/api/workspace", { cookie: agent.cookie, body: { name: "Hijacked" } });
    expect(patch.status).toBe(403);
    expect((await call(apiKeysRoute.GET, "GET", "/api/workspace/api-keys", { cookie: agent.cookie })).status).toBe(403);
    expect((await call(invitationsRoute.POST, "POST", "/api/workspace/invitations", { cookie: agent.cookie, body: { role: "agent" } })).status).toBe(403);
    const workspace = await db.organization.findUnique({ where: { id: owner.organizationId } });
    expect(workspace?.name).not.toBe("Hijacked");
  });

  it("an invitation is used once, and one sent to an email cannot be taken by someone else", async () => {
    const owner = await signUpOwner("host");
    const agent = await addMember(owner, "agent");
    const reuse = await call(acceptRoute.POST, "POST", "/", { cookie: agent.cookie, params: { invitationId: agent.invitationId } });
    expect(reuse.status).toBe(409);

    const invite = await call(invitationsRoute.POST, "POST", "/api/workspace/invitations", {
      cookie: owner.cookie,
      body: { email: uniqueEmail("intended"), role: "agent" },
    });
    const stranger = await signUpOwner("stranger");
    const taken = await call(acceptRoute.POST, "POST", "/", { cookie: stranger.cookie, params: { invitationId: invite.body.id } });
    expect(taken.status).toBe(403);
  });

  it("an open invitation link works for anyone, once; an admin can invite agents but not admins", async () => {
    const owner = await signUpOwner("opener");
    const admin = await addMember(owner, "admin");
    const adminInvite = await call(invitationsRoute.POST, "POST", "/api/workspace/invitations", { cookie: admin.cookie, body: { role: "admin" } });
    expect(adminInvite.status).toBe(403);
    const link = await call(invitationsRoute.POST, "POST", "/api/workspace/invitations", { cookie: admin.cookie, body: { role: "agent" } });
    expect(link.status).toBe(201);
    expect(link.body.link).toMatch(/\/invite\//);
    const joiner = await signUpOwner("joiner");
    const joined = await call(acceptRoute.POST, "POST", "/", { cookie: joiner.cookie, params: { invitationId: link.body.id } });
    expect(joined.status).toBe(200);
    expect(joined.body.role).toBe("agent");
  });

  it("keeps at least one owner", async () => {
    const owner = await signUpOwner("solo");
    const members = await call(membersRoute.GET, "GET", "/api/workspace/members", { cookie: owner.cookie });
    const self = members.body.find((m: { email: string }) => m.email === owner.email);
    const demote = await call(memberRoute.PATCH, "PATCH", "/", { cookie: owner.cookie, params: { memberId: self.id }, body: { role: "agent" } });
    expect(demote.status).toBe(409);
    const remove = await call(memberRoute.DELETE, "DELETE", "/", { cookie: owner.cookie, params: { memberId: self.id } });
    expect(remove.status).toBe(409);
  });
});

describe("several workspaces", () => {
  it("a person in two workspaces switches between them", async () => {
    const owner = await signUpOwner("multi", "First");
    const created = await call(workspacesRoute.POST, "POST", "/api/workspaces", { cookie: owner.cookie, body: { name: "Second" } });
    expect(created.status).toBe(201);
    expect((await call(workspaceRoute.GET, "GET", "/api/workspace", { cookie: owner.cookie })).body.name).toBe("Second");
    const back = await call(switchRoute.POST, "POST", "/api/workspaces/switch", { cookie: owner.cookie, body: { organizationId: owner.organizationId } });
    expect(back.status).toBe(200);
    expect((await call(workspaceRoute.GET, "GET", "/api/workspace", { cookie: owner.cookie })).body.name).toBe("First");
    const me = await call(meRoute.GET, "GET", "/api/me", { cookie: owner.cookie });
    expect(me.body.workspaces.map((w: { name: string }) => w.name).sort()).toEqual(["First", "Second"]);
  });
});

describe("API keys", () => {
  it("a key is shown once, stored hashed, authenticates its workspace, and stops working when revoked", async () => {
    const owner = await signUpOwner("keys", "Keyed");
    const created = await call(apiKeysRoute.POST, "POST", "/api/workspace/api-keys", { cookie: owner.cookie, body: { name: "CI" } });
    expect(created.status).toBe(201);
    const key: string = created.body.key;
    expect(key).toMatch(/^bk_/);
    const stored = await db.apiKey.findUnique({ where: { id: created.body.id } });
    expect(stored?.hashedKey).not.toContain(key);
    const listed = await call(apiKeysRoute.GET, "GET", "/api/workspace/api-keys", { cookie: owner.cookie });
    expect(JSON.stringify(listed.body)).not.toContain(key);

    const authed = await call(v1WorkspaceRoute.GET, "GET", "/api/v1/workspace", { headers: { authorization: `Bearer ${key}` } });
    expect(authed.status).toBe(200);
    expect(authed.body.name).toBe("Keyed");
    const { DELETE } = await import("@/app/api/workspace/api-keys/[apiKeyId]/route");
    expect((await call(DELETE, "DELETE", "/", { cookie: owner.cookie, params: { apiKeyId: created.body.id } })).status).toBe(204);
    const revoked = await call(v1WorkspaceRoute.GET, "GET", "/api/v1/workspace", { headers: { authorization: `Bearer ${key}` } });
    expect(revoked.status).toBe(401);
  });
});
