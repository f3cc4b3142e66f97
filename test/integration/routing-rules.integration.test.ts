import { beforeAll, describe, expect, it } from "vitest";
import * as rulesRoute from "@/app/api/routing-rules/route";
import * as ruleRoute from "@/app/api/routing-rules/[ruleId]/route";
import * as reorderRoute from "@/app/api/routing-rules/reorder/route";
import * as teamsRoute from "@/app/api/teams/route";
import * as teamRoute from "@/app/api/teams/[teamId]/route";
import { db } from "@/server/db";
import { addMember, signUpOwner, type TestAccount } from "../support/accounts";
import { call } from "../support/routes";

let owner: TestAccount;
let agent: TestAccount;
let other: TestAccount;
let billing: string;
let sales: string;
let foreignTeam: string;

beforeAll(async () => {
  owner = await signUpOwner("routing-owner", "Routing Co");
  agent = await addMember(owner, "agent");
  other = await signUpOwner("routing-other", "Other Routing Co");
  const team = async (account: TestAccount, name: string) => (await call(teamsRoute.POST, "POST", "/", { cookie: account.cookie, body: { name } })).body.id as string;
  billing = await team(owner, "Billing");
  sales = await team(owner, "Sales");
  foreignTeam = await team(other, "Foreign");
});

const createRule = (account: TestAccount, body: unknown) => call(rulesRoute.POST, "POST", "/api/routing-rules", { cookie: account.cookie, body });
const names = async (account: TestAccount) => (await call(rulesRoute.GET, "GET", "/", { cookie: account.cookie })).body.routingRules.map((r: { name: string }) => r.name);

describe("routing rules API", () => {
  it("creates rules in order, edits and deletes them; agents read but do not write", async () => {
    const refund = await createRule(owner, { name: "Refunds", keywords: ["refund", "Refund", " chargeback "], reasons: ["sensitive_topic"], teamId: billing });
    expect(refund.status).toBe(201);
    expect(refund.body).toEqual(expect.objectContaining({ position: 0, enabled: true, keywords: ["refund", "chargeback"], reasons: ["sensitive_topic"], team: { id: billing, name: "Billing" } }));
    const pricing = await createRule(owner, { name: "Pricing", keywords: ["pricing"], languages: ["en"], tiers: ["enterprise"], intents: ["pricing"], teamId: sales });
    expect(pricing.body.position).toBe(1);
    expect(await names(agent)).toEqual(["Refunds", "Pricing"]);
    expect((await createRule(agent, { name: "x", teamId: sales })).status).toBe(403);

    const ruleId = pricing.body.id;
    const patched = await call(ruleRoute.PATCH, "PATCH", "/", { cookie: owner.cookie, params: { ruleId }, body: { enabled: false, teamId: billing } });
    expect(patched.body).toEqual(expect.objectContaining({ enabled: false, team: { id: billing, name: "Billing" }, keywords: ["pricing"] }));
    expect((await call(ruleRoute.PATCH, "PATCH", "/", { cookie: agent.cookie, params: { ruleId }, body: { enabled: true } })).status).toBe(403);
    expect((await call(ruleRoute.DELETE, "DELETE", "/", { cookie: owner.cookie, params: { ruleId } })).status).toBe(204);
    expect(await names(owner)).toEqual(["Refunds"]);
    const actions = (await db.auditLog.findMany({ where: { organizationId: owner.organizationId, targetId: ruleId }, orderBy: { createdAt: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["routing_rule.created", "routing_rule.updated", "routing_rule.deleted"]);
  });

  it("refuses bad input with the field named, and another workspace's team as not found", async () => {
    const before = await db.routingRule.count({ where: { organizationId: owner.organizationId } });
    const bad = await createRule(owner, { name: "Bad", reasons: ["angry"], teamId: sales });
    expect(bad.status).toBe(422);
    expect(bad.body.error.message).toMatch(/^reasons\.0:/);
    expect((await createRule(owner, { name: "No team" })).body.error.message).toMatch(/^teamId:/);
    expect((await createRule(owner, { name: "Extra", teamId: sales, colour: "red" })).status).toBe(422);
    const foreign = await createRule(owner, { name: "Foreign", teamId: foreignTeam });
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.message).toBe("Team not found");
    expect(await db.routingRule.count({ where: { organizationId: owner.organizationId } })).toBe(before);
  });

  it("reorders the whole list at once, refusing a stale or foreign list", async () => {
    const ids = (await call(rulesRoute.GET, "GET", "/", { cookie: owner.cookie })).body.routingRules.map((r: { id: string }) => r.id) as string[];
    const added = (await createRule(owner, { name: "VIP", tiers: ["vip"], teamId: sales })).body.id as string;
    const order = [added, ...ids];
    const reordered = await call(reorderRoute.POST, "POST", "/", { cookie: owner.cookie, body: { ruleIds: order } });
    expect(reordered.status).toBe(200);
    expect(reordered.body.routingRules.map((r: { id: string; position: number }) => [r.id, r.position])).toEqual(order.map((id, i) => [id, i]));

    const stale = await call(reorderRoute.POST, "POST", "/", { cookie: owner.cookie, body: { ruleIds: ids } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toMatch(/reload/);
    expect((await call(reorderRoute.POST, "POST", "/", { cookie: owner.cookie, body: { ruleIds: [added, added] } })).status).toBe(422);
    expect((await call(reorderRoute.POST, "POST", "/", { cookie: agent.cookie, body: { ruleIds: order } })).status).toBe(403);
    expect((await call(reorderRoute.POST, "POST", "/", { cookie: other.cookie, body: { ruleIds: order } })).status).toBe(404);
    expect(await names(owner)).toEqual(["VIP", "Refunds"]);
  });

  it("keeps another workspace's rules out of reach", async () => {
    const ruleId = (await createRule(owner, { name: "Secret", teamId: billing })).body.id;
    expect((await call(ruleRoute.PATCH, "PATCH", "/", { cookie: other.cookie, params: { ruleId }, body: { name: "Mine" } })).status).toBe(404);
    expect((await call(ruleRoute.DELETE, "DELETE", "/", { cookie: other.cookie, params: { ruleId } })).status).toBe(404);
    expect(await names(other)).toEqual([]);
    expect((await db.routingRule.findUniqueOrThrow({ where: { id: ruleId } })).name).toBe("Secret");
  });

  it("a team that rules route to cannot be deleted until they are changed", async () => {
    const refused = await call(teamRoute.DELETE, "DELETE", "/", { cookie: owner.cookie, params: { teamId: billing } });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/routing rules? sends? conversations to “Billing”/);
    expect(await db.team.count({ where: { id: billing } })).toBe(1);
  });
});
