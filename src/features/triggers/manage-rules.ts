// Trigger rules as the dashboard edits them. Every change is validated by the engine's own
// schema first, so a saved rule is always one the engine can run.
import { recordAudit } from "@/features/audit/record-audit";
import type { Actor } from "@/features/tenants/actor";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import { deleteRule as deleteRow, findRules, getRule, insertRule, toRule, updateRule as updateRow } from "./triggers.repository";
import { ZTriggerRuleDraft, type TTriggerRuleDraft } from "./triggers.schemas";

export function listRules({ organizationId }: { organizationId: string }) {
  return findRules(db, { organizationId });
}

export async function createRule({ actor, rule }: { actor: Actor; rule: TTriggerRuleDraft }) {
  const row = await insertRule(db, { organizationId: actor.organizationId, rule });
  await recordAudit({ organizationId: actor.organizationId, actorId: actor.userId, action: "trigger_rule.created", targetType: "trigger_rule", targetId: row.id });
  return toRule(row);
}

export async function updateRule({ actor, ruleId, changes }: { actor: Actor; ruleId: string; changes: Partial<TTriggerRuleDraft> }) {
  const { organizationId } = actor;
  return db.$transaction(async (tx) => {
    const current = await getRule(tx, { organizationId, ruleId });
    if (!current) throw notFound("Rule");
    // Validate the rule as it will be after the change, not only the changed fields.
    const next = ZTriggerRuleDraft.parse({ ...current, ...changes });
    await updateRow(tx, { organizationId, ruleId, changes: next });
    await recordAudit({ organizationId, actorId: actor.userId, action: "trigger_rule.updated", targetType: "trigger_rule", targetId: ruleId }, tx);
    return toRule((await getRule(tx, { organizationId, ruleId }))!);
  });
}

export async function deleteRule({ actor, ruleId }: { actor: Actor; ruleId: string }) {
  if (!(await deleteRow(db, { organizationId: actor.organizationId, ruleId }))) throw notFound("Rule");
  await recordAudit({ organizationId: actor.organizationId, actorId: actor.userId, action: "trigger_rule.deleted", targetType: "trigger_rule", targetId: ruleId });
}
