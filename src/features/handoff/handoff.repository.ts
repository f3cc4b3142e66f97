import type { Prisma } from "@/generated/prisma/client";
import type { DbClient } from "@/server/db";
import { briefConversationSelect } from "./brief/brief.repository";

/** BOT (or LEAD_CAPTURE) -> QUEUED in one conditional update; false when it was not the bot's. */
export async function queueConversation(
  db: DbClient,
  { organizationId, conversationId, teamId, queuedAt = new Date() }: { organizationId: string; conversationId: string; teamId?: string | null; queuedAt?: Date },
) {
  const { count } = await db.conversation.updateMany({
    where: { id: conversationId, organizationId, status: { in: ["BOT", "LEAD_CAPTURE"] } },
    data: { status: "QUEUED", queuedAt, ...(teamId ? { teamId } : {}) },
  });
  return count === 1;
}

export function insertHandoff(
  db: DbClient,
  data: { organizationId: string; conversationId: string; reasons: object[]; brief: object; teamId?: string | null },
) {
  return db.handoff.create({ data: { ...data, reasons: data.reasons as Prisma.InputJsonValue, brief: data.brief as Prisma.InputJsonValue } });
}

/** 1 for the first in line: conversations queued at or before this one. */
export function countQueuedAhead(db: DbClient, { organizationId, queuedAt }: { organizationId: string; queuedAt: Date }) {
  return db.conversation.count({ where: { organizationId, status: "QUEUED", queuedAt: { lte: queuedAt } } });
}

export function findRecentClaims(db: DbClient, { organizationId, take, teamId }: { organizationId: string; take: number; teamId?: string | null }) {
  return db.handoff.findMany({
    where: { organizationId, claimedAt: { not: null }, ...(teamId ? { teamId } : {}) },
    orderBy: { claimedAt: "desc" },
    take,
    select: { createdAt: true, claimedAt: true },
  });
}

/**
 * What deciding a handoff needs, in one read: the inbox's mode and hours, the workspace settings,
 * rules and teams (names and assignment modes, for the inbox item and round-robin), and the
 * conversation's part of the brief (contact, last messages), which also feeds keyword routing.
 */
export function getHandoffContext(db: DbClient, { organizationId, conversationId }: { organizationId: string; conversationId: string }) {
  return db.conversation.findFirst({
    where: { id: conversationId, organizationId },
    select: {
      ...briefConversationSelect,
      id: true,
      status: true,
      contactId: true,
      teamId: true,
      priority: true,
      csatScore: true,
      createdAt: true,
      isTest: true,
      inbox: { select: { id: true, name: true, channel: true, botMode: true, defaultTeamId: true, businessHours: { select: { timezone: true, weekly: true, holidays: true } } } },
      organization: {
        select: {
          settings: true,
          routingRules: { where: { enabled: true }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] },
          teams: { select: { id: true, name: true, assignmentMode: true } },
        },
      },
    },
  });
}

export type HandoffContext = NonNullable<Awaited<ReturnType<typeof getHandoffContext>>>;

/** BOT -> LEAD_CAPTURE: nobody can answer live, so the visitor leaves their details instead. */
export async function toLeadCapture(db: DbClient, { organizationId, conversationId, from }: { organizationId: string; conversationId: string; from: ("BOT" | "QUEUED")[] }) {
  const { count } = await db.conversation.updateMany({ where: { id: conversationId, organizationId, status: { in: from } }, data: { status: "LEAD_CAPTURE" } });
  return count === 1;
}

export function countQueuedAheadInTeam(db: DbClient, { organizationId, teamId, queuedAt }: { organizationId: string; teamId: string | null; queuedAt: Date }) {
  return db.conversation.count({ where: { organizationId, status: "QUEUED", queuedAt: { lte: queuedAt }, ...(teamId ? { teamId } : {}) } });
}

export function markNotified(db: DbClient, { handoffId, at = new Date() }: { handoffId: string; at?: Date }) {
  return db.handoff.updateMany({ where: { id: handoffId, firstNotifiedAt: null }, data: { firstNotifiedAt: at } });
}

export function getHandoffForInbox(db: DbClient, { organizationId, handoffId }: { organizationId: string; handoffId: string }) {
  return db.handoff.findFirst({
    where: { id: handoffId, organizationId },
    include: { team: { select: { id: true, name: true } }, claimedBy: { select: { id: true, name: true } } },
  });
}

export function updateBrief(db: DbClient, { handoffId, brief }: { handoffId: string; brief: object }) {
  return db.handoff.update({ where: { id: handoffId }, data: { brief: brief as Prisma.InputJsonValue } });
}

export function raiseEscalationLevel(db: DbClient, { organizationId, handoffId, level }: { organizationId: string; handoffId: string; level: number }) {
  return db.handoff.updateMany({ where: { id: handoffId, organizationId, status: "OPEN", escalationLevel: { lt: level } }, data: { escalationLevel: level } });
}

export function getHandoffWithConversation(db: DbClient, { organizationId, handoffId }: { organizationId: string; handoffId: string }) {
  return db.handoff.findFirst({ where: { id: handoffId, organizationId }, include: { conversation: { select: { id: true, status: true, contactId: true, inboxId: true, language: true } } } });
}

export function cancelHandoffs(db: DbClient, { organizationId, conversationId }: { organizationId: string; conversationId: string }) {
  return db.handoff.updateMany({ where: { organizationId, conversationId, status: "OPEN" }, data: { status: "CANCELLED", resolvedAt: new Date() } });
}

/** Whether agents already had their chance at this conversation (bot-when-offline hands it over once). */
export async function hadAgentsFirstHandoff(db: DbClient, { organizationId, conversationId }: { organizationId: string; conversationId: string }) {
  const handoffs = await db.handoff.findMany({ where: { organizationId, conversationId }, select: { reasons: true } });
  return handoffs.some((handoff) => Array.isArray(handoff.reasons) && handoff.reasons.some((reason) => (reason as { code?: string }).code === "agents_first"));
}

export function getInboxMode(db: DbClient, { organizationId, conversationId }: { organizationId: string; conversationId: string }) {
  return db.conversation.findFirst({
    where: { id: conversationId, organizationId },
    select: { status: true, contactId: true, inboxId: true, inbox: { select: { botMode: true } }, organization: { select: { settings: { select: { missedChatTimeoutSecs: true } } } } },
  });
}

export function countOnlineAgents(db: DbClient, { organizationId }: { organizationId: string }) {
  return db.member.count({ where: { organizationId, status: "ONLINE" } });
}

export function backToBot(db: DbClient, { organizationId, conversationId }: { organizationId: string; conversationId: string }) {
  return db.conversation.updateMany({ where: { id: conversationId, organizationId, status: "QUEUED" }, data: { status: "BOT", teamId: null } });
}

export function findLastVisitorMessage(db: DbClient, { organizationId, conversationId }: { organizationId: string; conversationId: string }) {
  return db.message.findMany({ where: { organizationId, conversationId, role: "VISITOR" }, orderBy: { seq: "desc" }, take: 1, select: { id: true } });
}
