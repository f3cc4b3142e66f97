// Trigger rules and stored evaluations. Rule rows hold conditions and action as JSON; they are
// parsed with the engine's schemas on the way out, so a malformed row is skipped, never run.
import type { Prisma } from "@/generated/prisma/client";
import type { DbClient } from "@/server/db";
import { ZTriggerRule, type TTriggerRule, type TTriggerRuleDraft } from "./triggers.schemas";

type RuleRow = { id: string; name: string; reason: string; enabled: boolean; position: number; conditions: unknown; action: unknown };

export function toRule(row: RuleRow): TTriggerRule | null {
  const parsed = ZTriggerRule.safeParse(row);
  return parsed.success ? parsed.data : null;
}

export async function findRules(db: DbClient, { organizationId }: { organizationId: string }): Promise<TTriggerRule[]> {
  const rows = await db.triggerRule.findMany({ where: { organizationId }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] });
  return rows.flatMap((row) => toRule(row) ?? []);
}

export function countRules(db: DbClient, { organizationId }: { organizationId: string }) {
  return db.triggerRule.count({ where: { organizationId } });
}

const toData = (draft: Partial<TTriggerRuleDraft>) => ({
  ...draft,
  ...(draft.conditions ? { conditions: draft.conditions as Prisma.InputJsonValue } : {}),
  ...(draft.action ? { action: draft.action as Prisma.InputJsonValue } : {}),
});

const toCreate = (organizationId: string, rule: TTriggerRuleDraft) => ({
  organizationId,
  name: rule.name,
  reason: rule.reason,
  enabled: rule.enabled,
  position: rule.position,
  conditions: rule.conditions as Prisma.InputJsonValue,
  action: rule.action as Prisma.InputJsonValue,
});

export function insertRules(db: DbClient, { organizationId, rules }: { organizationId: string; rules: TTriggerRuleDraft[] }) {
  return db.triggerRule.createMany({ data: rules.map((rule) => toCreate(organizationId, rule)) });
}

export function insertRule(db: DbClient, { organizationId, rule }: { organizationId: string; rule: TTriggerRuleDraft }) {
  return db.triggerRule.create({ data: toCreate(organizationId, rule) });
}

export function getRule(db: DbClient, { organizationId, ruleId }: { organizationId: string; ruleId: string }) {
  return db.triggerRule.findFirst({ where: { id: ruleId, organizationId } });
}

export async function updateRule(db: DbClient, { organizationId, ruleId, changes }: { organizationId: string; ruleId: string; changes: Partial<TTriggerRuleDraft> }) {
  const { count } = await db.triggerRule.updateMany({ where: { id: ruleId, organizationId }, data: toData(changes) });
  return count === 1;
}

export async function deleteRule(db: DbClient, { organizationId, ruleId }: { organizationId: string; ruleId: string }) {
  const { count } = await db.triggerRule.deleteMany({ where: { id: ruleId, organizationId } });
  return count === 1;
}

export function insertEvaluation(
  db: DbClient,
  data: { organizationId: string; conversationId: string; messageId: string; escalate: boolean; reasons: object[] },
) {
  return db.triggerEvaluation.create({ data: { ...data, reasons: data.reasons as Prisma.InputJsonValue } });
}

export function findTeamIdByName(db: DbClient, { organizationId, name }: { organizationId: string; name: string }) {
  return db.team.findFirst({ where: { organizationId, name: { equals: name, mode: "insensitive" } }, select: { id: true } });
}

export function getConversationForEvaluation(db: DbClient, { organizationId, conversationId }: { organizationId: string; conversationId: string }) {
  return db.conversation.findFirst({
    where: { id: conversationId, organizationId },
    include: {
      contact: { select: { attributes: true, identityVerified: true } },
      inbox: { select: { channel: true, businessHours: { select: { timezone: true, weekly: true, holidays: true } } } },
      _count: { select: { handoffs: true } },
      messages: { orderBy: { seq: "desc" }, take: 40, select: { id: true, seq: true, role: true, body: true, botConfidence: true, metadata: true } },
    },
  });
}

export function applyConversationChanges(
  db: DbClient,
  { organizationId, conversationId, language, priority, tags }: { organizationId: string; conversationId: string; language?: string | null; priority?: "LOW" | "NORMAL" | "HIGH" | "URGENT"; tags?: string[] },
) {
  return db.conversation.updateMany({
    where: { id: conversationId, organizationId },
    data: { ...(language ? { language } : {}), ...(priority ? { priority } : {}), ...(tags?.length ? { tags: { push: tags } } : {}) },
  });
}

/** The workspace's latest conversations with their messages, for back-testing a draft rule. */
export function findRecentConversationsWithMessages(db: DbClient, { organizationId, take }: { organizationId: string; take: number }) {
  return db.conversation.findMany({
    where: { organizationId },
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      createdAt: true,
      currentPage: true,
      contact: { select: { name: true, attributes: true, identityVerified: true } },
      messages: { orderBy: { seq: "asc" }, take: 200, select: { seq: true, role: true, body: true, botConfidence: true, metadata: true } },
    },
  });
}
