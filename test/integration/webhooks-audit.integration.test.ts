// The audit log behind Dashboard > Audit log: settings changes (teams, routing, canned responses,
// API keys, webhooks, workspace, invitations) each leave an entry with who did it; the route pages
// through them newest first without gaps or repeats, filters by action, and is per workspace.
import { beforeAll, describe, expect, it } from "vitest";
import * as auditRoute from "@/app/api/audit/route";
import * as apiKeysRoute from "@/app/api/workspace/api-keys/route";
import * as apiKeyRoute from "@/app/api/workspace/api-keys/[apiKeyId]/route";
import * as cannedRoute from "@/app/api/canned-responses/route";
import * as invitationsRoute from "@/app/api/workspace/invitations/route";
import * as routingRoute from "@/app/api/routing-rules/route";
import * as teamsRoute from "@/app/api/teams/route";
import * as webhooksRoute from "@/app/api/webhooks/route";
import * as workspaceRoute from "@/app/api/workspace/route";
import { addMember, signUpOwner, uniqueEmail, type TestAccount } from "../support/accounts";
import { call } from "../support/routes";

let a: TestAccount;
let b: TestAccount;
let agent: TestAccount;

const EXPECTED = ["team.created", "routing_rule.created", "canned_response.created", "api_key.created", "api_key.revoked", "webhook.created", "workspace.updated", "invitation.created"];

beforeAll(async () => {
  a = await signUpOwner("audit-a", "Audit A");
  b = await signUpOwner("audit-b", "Audit B");
  agent = await addMember(a, "agent", "audit-agent");
  const ok = <T extends { status: number; body: any }>(response: T) => {
    if (response.status >= 300) throw new Error(`setup failed: ${response.status} ${JSON.stringify(response.body)}`);
    return response;
  };
  const cookie = a.cookie;
  const team = ok(await call(teamsRoute.POST, "POST", "/", { cookie, body: { name: "Billing" } }));
  ok(await call(routingRoute.POST, "POST", "/", { cookie, body: { name: "Refunds", keywords: ["refund"], teamId: team.body.id } }));
  ok(await call(cannedRoute.POST, "POST", "/", { cookie, body: { shortcut: "hello", title: "Greeting", body: "Hello!" } }));
  const key = ok(await call(apiKeysRoute.POST, "POST", "/", { cookie, body: { name: "CRM", scopes: ["conversations:read"] } }));
  ok(await call(apiKeyRoute.DELETE, "DELETE", "/", { cookie, params: { apiKeyId: key.body.id } }));
  ok(await call(webhooksRoute.POST, "POST", "/", { cookie, body: { url: "https://hooks.example/baton", events: ["conversation.escalated"] } }));
  ok(await call(workspaceRoute.PATCH, "PATCH", "/", { cookie, body: { name: "Audit A renamed" } }));
  ok(await call(invitationsRoute.POST, "POST", "/", { cookie, body: { email: uniqueEmail("audit-invitee"), role: "agent" } }));
  ok(await call(teamsRoute.POST, "POST", "/", { cookie: b.cookie, body: { name: "B's team" } }));
});

type Page = { entries: Array<{ id: string; action: string; actor: { name: string; email: string } | null; targetType: string | null; createdAt: string }>; nextCursor: string | null; actions: string[] };
const page = async (account: TestAccount, query: string) => call<Page>(auditRoute.GET, "GET", `/api/audit?${query}`, { cookie: account.cookie });

describe("audit log", () => {
  it("records each settings change with who made it, newest first", async () => {
    const first = await page(a, "limit=100");
    expect(first.status).toBe(200);
    const actions = first.body.entries.map((entry) => entry.action);
    for (const action of EXPECTED) expect(actions).toContain(action);
    const ours = first.body.entries.filter((entry) => EXPECTED.includes(entry.action));
    expect(ours.every((entry) => entry.actor?.email === a.email)).toBe(true);
    // Newest first: the invitation was the last change made.
    expect(ours[0]!.action).toBe("invitation.created");
    const times = first.body.entries.map((entry) => entry.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(first.body.actions).toEqual(expect.arrayContaining(EXPECTED));
  });

  it("pages through every entry once, and filters by action", async () => {
    const all = (await page(a, "limit=100")).body.entries.map((entry) => entry.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const response: Awaited<ReturnType<typeof page>> = await page(a, `limit=3${cursor ? `&before=${cursor}` : ""}`);
      expect(response.body.entries.length).toBeLessThanOrEqual(3);
      seen.push(...response.body.entries.map((entry) => entry.id));
      cursor = response.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);

    const keys = await page(a, "action=api_key.created");
    expect(keys.body.entries.map((entry) => entry.action)).toEqual(["api_key.created"]);
    expect((await page(a, "action=nothing.like_this")).body.entries).toEqual([]);
  });

  it("is per workspace and for managers only; bad queries are 4xx", async () => {
    const fromB = await page(b, "limit=100");
    expect(fromB.body.entries.map((entry) => entry.action)).not.toContain("webhook.created");
    expect(JSON.stringify(fromB.body)).not.toContain(a.email);
    expect((await page(agent, "")).status).toBe(403);
    expect((await page(a, "before=not-a-cursor")).status).toBe(400);
    expect((await page(a, "limit=0")).status).toBe(422);
    expect((await page(a, "action=DROP%20TABLE")).status).toBe(422);
  });
});
