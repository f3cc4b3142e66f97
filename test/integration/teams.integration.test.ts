import { beforeAll, describe, expect, it } from "vitest";
import * as teamsRoute from "@/app/api/teams/route";
import * as teamRoute from "@/app/api/teams/[teamId]/route";
import * as teamMembersRoute from "@/app/api/teams/[teamId]/members/route";
import * as teamMemberRoute from "@/app/api/teams/[teamId]/members/[userId]/route";
import * as inboxesRoute from "@/app/api/inboxes/route";
import * as inboxRoute from "@/app/api/inboxes/[inboxId]/route";
import * as memberRoute from "@/app/api/workspace/members/[memberId]/route";
import { db } from "@/server/db";
import { addMember, signUpOwner, type TestAccount } from "../support/accounts";
import { call } from "../support/routes";

let owner: TestAccount;
let agent: TestAccount;
let other: TestAccount;

beforeAll(async () => {
  owner = await signUpOwner("teams-owner", "Teams Co");
  agent = await addMember(owner, "agent");
  other = await signUpOwner("teams-other", "Other Teams Co");
});

const createTeam = (account: TestAccount, body: unknown) => call(teamsRoute.POST, "POST", "/api/teams", { cookie: account.cookie, body });

describe("teams API", () => {
  it("creates, lists, updates and deletes a team; agents read but do not write", async () => {
    const created = await createTeam(owner, { name: "Billing", description: "Refunds", assignmentMode: "ROUND_ROBIN", languages: ["en", "pt-BR", "en"] });
    expect(created.status).toBe(201);
    expect(created.body).toEqual(expect.objectContaining({ name: "Billing", assignmentMode: "ROUND_ROBIN", languages: ["en", "pt-BR"], members: [], onlineCount: 0 }));
    const teamId = created.body.id;

    expect((await createTeam(agent, { name: "Nope" })).status).toBe(403);
    const listed = await call(teamsRoute.GET, "GET", "/api/teams", { cookie: agent.cookie });
    expect(listed.status).toBe(200);
    expect(listed.body.teams.map((t: { name: string }) => t.name)).toEqual(["Billing"]);

    const patched = await call(teamRoute.PATCH, "PATCH", "/", { cookie: owner.cookie, params: { teamId }, body: { name: "Payments", assignmentMode: "POOLED" } });
    expect(patched.body).toEqual(expect.objectContaining({ name: "Payments", assignmentMode: "POOLED", description: "Refunds" }));
    expect((await call(teamRoute.PATCH, "PATCH", "/", { cookie: agent.cookie, params: { teamId }, body: { name: "x" } })).status).toBe(403);

    expect((await call(teamRoute.DELETE, "DELETE", "/", { cookie: owner.cookie, params: { teamId } })).status).toBe(204);
    expect((await call(teamRoute.GET, "GET", "/", { cookie: owner.cookie, params: { teamId } })).status).toBe(404);
    const audit = await db.auditLog.findMany({ where: { organizationId: owner.organizationId, targetId: teamId }, orderBy: { createdAt: "asc" } });
    expect(audit.map((entry) => entry.action)).toEqual(["team.created", "team.updated", "team.deleted"]);
  });

  it("refuses bad input and duplicate names with clear messages, changing nothing", async () => {
    const bad = await createTeam(owner, { name: " ", assignmentMode: "RANDOM" });
    expect(bad.status).toBe(422);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(expect.arrayContaining(["name", "assignmentMode"]));
    expect((await createTeam(owner, { name: "Sales", languages: ["english"] })).body.error.message).toMatch(/^languages\.0: must be a language code/);

    await createTeam(owner, { name: "Sales" });
    const duplicate = await createTeam(owner, { name: "sales" });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.message).toBe("A team named “sales” already exists");
    expect(await db.team.count({ where: { organizationId: owner.organizationId, name: { equals: "sales", mode: "insensitive" } } })).toBe(1);
  });

  it("adds and removes workspace members; people from elsewhere are not found", async () => {
    const teamId = (await createTeam(owner, { name: "Support" })).body.id;
    await db.member.updateMany({ where: { organizationId: owner.organizationId, userId: agent.userId }, data: { status: "ONLINE" } });

    const added = await call(teamMembersRoute.POST, "POST", "/", { cookie: owner.cookie, params: { teamId }, body: { userId: agent.userId } });
    expect(added.status).toBe(201);
    expect(added.body.members).toEqual([expect.objectContaining({ userId: agent.userId, status: "ONLINE" })]);
    expect(added.body.onlineCount).toBe(1);
    // Adding twice is harmless.
    expect((await call(teamMembersRoute.POST, "POST", "/", { cookie: owner.cookie, params: { teamId }, body: { userId: agent.userId } })).body.members).toHaveLength(1);

    const stranger = await call(teamMembersRoute.POST, "POST", "/", { cookie: owner.cookie, params: { teamId }, body: { userId: other.userId } });
    expect(stranger.status).toBe(404);
    expect(stranger.body.error.message).toBe("Workspace member not found");
    expect((await call(teamMembersRoute.POST, "POST", "/", { cookie: agent.cookie, params: { teamId }, body: { userId: agent.userId } })).status).toBe(403);
    expect((await call(teamMembersRoute.POST, "POST", "/", { cookie: owner.cookie, params: { teamId }, body: {} })).status).toBe(422);

    const removed = await call(teamMemberRoute.DELETE, "DELETE", "/", { cookie: owner.cookie, params: { teamId, userId: agent.userId } });
    expect(removed.status).toBe(200);
    expect(removed.body.members).toEqual([]);
    expect((await call(teamMemberRoute.DELETE, "DELETE", "/", { cookie: owner.cookie, params: { teamId, userId: agent.userId } })).status).toBe(404);
  });

  it("keeps another workspace's teams out of reach", async () => {
    const teamId = (await createTeam(owner, { name: "Private" })).body.id;
    expect((await call(teamRoute.GET, "GET", "/", { cookie: other.cookie, params: { teamId } })).status).toBe(404);
    expect((await call(teamRoute.PATCH, "PATCH", "/", { cookie: other.cookie, params: { teamId }, body: { name: "Mine" } })).status).toBe(404);
    expect((await call(teamRoute.DELETE, "DELETE", "/", { cookie: other.cookie, params: { teamId } })).status).toBe(404);
    expect((await call(teamMembersRoute.POST, "POST", "/", { cookie: other.cookie, params: { teamId }, body: { userId: other.userId } })).status).toBe(404);
    expect((await call(teamsRoute.GET, "GET", "/", { cookie: other.cookie })).body.teams).toEqual([]);
    expect((await db.team.findUniqueOrThrow({ where: { id: teamId } })).name).toBe("Private");
  });
});

describe("inbox default team and business hours", () => {
  it("sets and clears them with ids of the same workspace only", async () => {
    const inboxId = (await call(inboxesRoute.POST, "POST", "/", { cookie: owner.cookie, body: { name: "Site" } })).body.id;
    const teamId = (await createTeam(owner, { name: "Inbox team" })).body.id;
    const hours = await db.businessHours.create({ data: { organizationId: owner.organizationId, name: "Office" } });
    const foreignTeam = (await createTeam(other, { name: "Foreign" })).body.id;
    const foreignHours = await db.businessHours.create({ data: { organizationId: other.organizationId, name: "Foreign hours" } });

    const set = await call(inboxRoute.PATCH, "PATCH", "/", { cookie: owner.cookie, params: { inboxId }, body: { defaultTeamId: teamId, businessHoursId: hours.id } });
    expect(set.status).toBe(200);
    expect(set.body).toEqual(expect.objectContaining({ defaultTeamId: teamId, businessHoursId: hours.id }));

    const foreign = await call(inboxRoute.PATCH, "PATCH", "/", { cookie: owner.cookie, params: { inboxId }, body: { name: "Renamed", defaultTeamId: foreignTeam } });
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.message).toBe("Team not found");
    expect((await call(inboxRoute.PATCH, "PATCH", "/", { cookie: owner.cookie, params: { inboxId }, body: { businessHoursId: foreignHours.id } })).body.error.message).toBe("Business hours not found");
    const stored = await db.inbox.findUniqueOrThrow({ where: { id: inboxId } });
    expect(stored).toEqual(expect.objectContaining({ name: "Site", defaultTeamId: teamId, businessHoursId: hours.id }));

    const cleared = await call(inboxRoute.PATCH, "PATCH", "/", { cookie: owner.cookie, params: { inboxId }, body: { defaultTeamId: null, businessHoursId: null } });
    expect(cleared.body).toEqual(expect.objectContaining({ defaultTeamId: null, businessHoursId: null }));
  });
});

describe("member capacity", () => {
  it("managers set an agent's capacity; agents cannot; other workspaces get 404", async () => {
    const memberId = (await db.member.findFirstOrThrow({ where: { organizationId: owner.organizationId, userId: agent.userId } })).id;
    const updated = await call(memberRoute.PATCH, "PATCH", "/", { cookie: owner.cookie, params: { memberId }, body: { capacity: 8 } });
    expect(updated.status).toBe(200);
    expect(updated.body).toEqual(expect.objectContaining({ id: memberId, capacity: 8, role: "agent" }));
    expect((await call(memberRoute.PATCH, "PATCH", "/", { cookie: owner.cookie, params: { memberId }, body: { capacity: 0 } })).status).toBe(422);
    expect((await call(memberRoute.PATCH, "PATCH", "/", { cookie: owner.cookie, params: { memberId }, body: {} })).status).toBe(422);
    expect((await call(memberRoute.PATCH, "PATCH", "/", { cookie: agent.cookie, params: { memberId }, body: { capacity: 50 } })).status).toBe(403);
    expect((await call(memberRoute.PATCH, "PATCH", "/", { cookie: other.cookie, params: { memberId }, body: { capacity: 50 } })).status).toBe(404);
    expect((await db.member.findUniqueOrThrow({ where: { id: memberId } })).capacity).toBe(8);
  });
});
