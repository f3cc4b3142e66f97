// Routing rules: where an escalation goes, checked in position order (first match wins).
import type { DbClient } from "@/server/db";

const RULE_FIELDS = {
  id: true,
  name: true,
  enabled: true,
  position: true,
  reasons: true,
  keywords: true,
  intents: true,
  languages: true,
  tiers: true,
  teamId: true,
  team: { select: { id: true, name: true } },
} as const;

const ORDER = [{ position: "asc" }, { createdAt: "asc" }] as const;

type RuleData = { name: string; enabled: boolean; position: number; reasons: string[]; keywords: string[]; intents: string[]; languages: string[]; tiers: string[]; teamId: string };

export function findRoutingRules(db: DbClient, { organizationId }: { organizationId: string }) {
  return db.routingRule.findMany({ where: { organizationId }, select: RULE_FIELDS, orderBy: [...ORDER] });
}

/** What routing evaluates: the enabled rules, first match first. */
export function findEnabledRoutingRules(db: DbClient, { organizationId }: { organizationId: string }) {
  return db.routingRule.findMany({ where: { organizationId, enabled: true }, select: RULE_FIELDS, orderBy: [...ORDER] });
}

export function getRoutingRule(db: DbClient, { organizationId, ruleId }: { organizationId: string; ruleId: string }) {
  return db.routingRule.findFirst({ where: { id: ruleId, organizationId }, select: RULE_FIELDS });
}

export async function nextRoutingPosition(db: DbClient, { organizationId }: { organizationId: string }) {
  const { _max } = await db.routingRule.aggregate({ where: { organizationId }, _max: { position: true } });
  return _max.position === null ? 0 : _max.position + 1;
}

export function teamExists(db: DbClient, { organizationId, teamId }: { organizationId: string; teamId: string }) {
  return db.team.count({ where: { id: teamId, organizationId } }).then((count) => count === 1);
}

export function insertRoutingRule(db: DbClient, { organizationId, data }: { organizationId: string; data: RuleData }) {
  return db.routingRule.create({ data: { organizationId, ...data }, select: RULE_FIELDS });
}

export async function updateRoutingRule(db: DbClient, { organizationId, ruleId, data }: { organizationId: string; ruleId: string; data: Partial<RuleData> }) {
  const { count } = await db.routingRule.updateMany({ where: { id: ruleId, organizationId }, data });
  return count === 1;
}

export async function deleteRoutingRule(db: DbClient, { organizationId, ruleId }: { organizationId: string; ruleId: string }) {
  const { count } = await db.routingRule.deleteMany({ where: { id: ruleId, organizationId } });
  return count === 1;
}

/** Positions 0..n-1 in the given order; the ids were checked to be exactly the workspace's rules. */
export async function setRoutingOrder(db: DbClient, { organizationId, ruleIds }: { organizationId: string; ruleIds: string[] }) {
  for (const [position, id] of ruleIds.entries()) {
    await db.routingRule.updateMany({ where: { id, organizationId }, data: { position } });
  }
}
