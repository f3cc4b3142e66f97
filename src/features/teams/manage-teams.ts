// Teams as the dashboard manages them. Names are unique per workspace (handoff rules route to a
// team by name), so a clash is a 409 that names the team rather than the database's generic one.
import { recordAudit } from "@/features/audit/record-audit";
import type { Actor } from "@/features/tenants/actor";
import { db, type DbClient } from "@/server/db";
import { AppError, notFound } from "@/server/errors";
import { deleteTeam as deleteRow, findTeams as findRows, getTeam as getRow, getTeamByName, insertTeam, updateTeam as updateRow } from "./teams.repository";
import { toTeamDto, type TTeamInput, type TTeamUpdate } from "./teams.schemas";

export async function findTeams({ organizationId }: { organizationId: string }) {
  return { teams: (await findRows(db, { organizationId })).map(toTeamDto) };
}

export async function getTeam({ organizationId, teamId }: { organizationId: string; teamId: string }) {
  const row = await getRow(db, { organizationId, teamId });
  if (!row) throw notFound("Team");
  return toTeamDto(row);
}

async function assertNameFree(tx: DbClient, { organizationId, name, teamId }: { organizationId: string; name: string; teamId?: string }) {
  const existing = await getTeamByName(tx, { organizationId, name });
  if (existing && existing.id !== teamId) throw new AppError("CONFLICT", `A team named “${name}” already exists`);
}

export async function createTeam({ actor, input }: { actor: Actor; input: TTeamInput }) {
  const { organizationId } = actor;
  return db.$transaction(async (tx) => {
    await assertNameFree(tx, { organizationId, name: input.name });
    const { id } = await insertTeam(tx, { organizationId, data: input });
    await recordAudit({ organizationId, actorId: actor.userId, action: "team.created", targetType: "team", targetId: id, metadata: { name: input.name } }, tx);
    return toTeamDto((await getRow(tx, { organizationId, teamId: id }))!);
  });
}

export async function updateTeam({ actor, teamId, input }: { actor: Actor; teamId: string; input: TTeamUpdate }) {
  const { organizationId } = actor;
  return db.$transaction(async (tx) => {
    if (input.name) await assertNameFree(tx, { organizationId, name: input.name, teamId });
    if (!(await updateRow(tx, { organizationId, teamId, data: input }))) throw notFound("Team");
    await recordAudit({ organizationId, actorId: actor.userId, action: "team.updated", targetType: "team", targetId: teamId, metadata: { fields: Object.keys(input) } }, tx);
    return toTeamDto((await getRow(tx, { organizationId, teamId }))!);
  });
}

/** Refused while routing rules send conversations to the team: deleting it would delete them too. */
export async function deleteTeam({ actor, teamId }: { actor: Actor; teamId: string }) {
  const { organizationId } = actor;
  await db.$transaction(async (tx) => {
    const team = await getRow(tx, { organizationId, teamId });
    if (!team) throw notFound("Team");
    const rules = team._count.routingRules;
    if (rules > 0) {
      throw new AppError("CONFLICT", `${rules} routing ${rules === 1 ? "rule sends" : "rules send"} conversations to “${team.name}”: change or delete ${rules === 1 ? "it" : "them"} first`);
    }
    await deleteRow(tx, { organizationId, teamId });
    await recordAudit({ organizationId, actorId: actor.userId, action: "team.deleted", targetType: "team", targetId: teamId, metadata: { name: team.name } }, tx);
  });
}
