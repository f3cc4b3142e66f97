// Routing rules as the dashboard edits them. A rule always points at a team of the same
// workspace: another workspace's team id is "not found", like an unknown one.
import { recordAudit } from "@/features/audit/record-audit";
import type { Actor } from "@/features/tenants/actor";
import { db, type DbClient } from "@/server/db";
import { AppError, notFound } from "@/server/errors";
import {
  deleteRoutingRule as deleteRow,
  findRoutingRules,
  getRoutingRule,
  insertRoutingRule,
  nextRoutingPosition,
  setRoutingOrder,
  teamExists,
  updateRoutingRule as updateRow,
} from "./routing.repository";
import { toRoutingRuleDto, type TRoutingRuleInput, type TRoutingRuleUpdate } from "./routing.schemas";

const audit = (tx: DbClient, actor: Actor, action: string, targetId?: string, metadata?: Record<string, string | string[]>) =>
  recordAudit({ organizationId: actor.organizationId, actorId: actor.userId, action, targetType: "routing_rule", targetId, metadata }, tx);

async function assertTeam(tx: DbClient, { organizationId, teamId }: { organizationId: string; teamId: string }) {
  if (!(await teamExists(tx, { organizationId, teamId }))) throw notFound("Team");
}

export async function listRoutingRules({ organizationId }: { organizationId: string }) {
  return { routingRules: (await findRoutingRules(db, { organizationId })).map(toRoutingRuleDto) };
}

export async function createRoutingRule({ actor, input }: { actor: Actor; input: TRoutingRuleInput }) {
  const { organizationId } = actor;
  return db.$transaction(async (tx) => {
    await assertTeam(tx, { organizationId, teamId: input.teamId });
    const position = input.position ?? (await nextRoutingPosition(tx, { organizationId }));
    const row = await insertRoutingRule(tx, { organizationId, data: { ...input, position } });
    await audit(tx, actor, "routing_rule.created", row.id, { name: row.name });
    return toRoutingRuleDto(row);
  });
}

export async function updateRoutingRule({ actor, ruleId, input }: { actor: Actor; ruleId: string; input: TRoutingRuleUpdate }) {
  const { organizationId } = actor;
  return db.$transaction(async (tx) => {
    if (input.teamId) await assertTeam(tx, { organizationId, teamId: input.teamId });
    if (!(await updateRow(tx, { organizationId, ruleId, data: input }))) throw notFound("Routing rule");
    await audit(tx, actor, "routing_rule.updated", ruleId, { fields: Object.keys(input) });
    return toRoutingRuleDto((await getRoutingRule(tx, { organizationId, ruleId }))!);
  });
}

export async function deleteRoutingRule({ actor, ruleId }: { actor: Actor; ruleId: string }) {
  await db.$transaction(async (tx) => {
    if (!(await deleteRow(tx, { organizationId: actor.organizationId, ruleId }))) throw notFound("Routing rule");
    await audit(tx, actor, "routing_rule.deleted", ruleId);
  });
}

/**
 * Puts the rules in the given order. The list must name every rule of the workspace once, so a
 * reorder made from a stale page (a rule added or deleted meanwhile) is refused, not half applied.
 */
export async function reorderRoutingRules({ actor, ruleIds }: { actor: Actor; ruleIds: string[] }) {
  const { organizationId } = actor;
  return db.$transaction(async (tx) => {
    const current = await findRoutingRules(tx, { organizationId });
    const known = new Set(current.map((rule) => rule.id));
    if (ruleIds.some((id) => !known.has(id))) throw notFound("Routing rule");
    if (ruleIds.length !== current.length) {
      throw new AppError("CONFLICT", "The rules changed since this page loaded: reload it and try again", { expected: current.length });
    }
    await setRoutingOrder(tx, { organizationId, ruleIds });
    await audit(tx, actor, "routing_rule.reordered", undefined, { ruleIds });
    return { routingRules: (await findRoutingRules(tx, { organizationId })).map(toRoutingRuleDto) };
  });
}
