// The facts the onboarding checklist is computed from, and the rows the test handoff creates.
// Every query is scoped by organizationId.
import type { DbClient } from "@/server/db";

const MARK_ACTION_PREFIX = "onboarding.step_";
// Enough recent rows to find one that counts without scanning a busy workspace.
const RECENT_ROWS = 50;

export function countKnowledgeEntries(db: DbClient, { organizationId }: { organizationId: string }) {
  return db.knowledgeEntry.count({ where: { organizationId } });
}

/** The bot's latest messages outside test conversations, with what the responder recorded. */
export function findRecentBotMessages(db: DbClient, { organizationId }: { organizationId: string }) {
  return db.message.findMany({
    where: { organizationId, role: "BOT", conversation: { isTest: false } },
    select: { metadata: true },
    orderBy: { createdAt: "desc" },
    take: RECENT_ROWS,
  });
}

export function findWidgetInboxes(db: DbClient, { organizationId }: { organizationId: string }) {
  return db.inbox.findMany({ where: { organizationId, channel: "WEB_WIDGET" }, orderBy: { createdAt: "asc" } });
}

/** Visitors last seen on a page outside Baton (the loader reports the page it runs on). */
export function findContactsSeenOutside(db: DbClient, { organizationId, batonOrigin }: { organizationId: string; batonOrigin: string }) {
  return db.contact.findMany({
    where: { organizationId, currentPage: { startsWith: "http" }, NOT: { currentPage: { startsWith: batonOrigin } } },
    select: { currentPage: true },
    orderBy: { updatedAt: "desc" },
    take: RECENT_ROWS,
  });
}

export async function getChannelConnections(db: DbClient, { organizationId }: { organizationId: string }) {
  const [slack, whatsapp] = await Promise.all([
    db.slackInstallation.count({ where: { organizationId, status: "ACTIVE" } }),
    db.whatsAppAccount.count({ where: { organizationId, status: "ACTIVE" } }),
  ]);
  return { slack: slack > 0, whatsapp: whatsapp > 0 };
}

export async function countTeamGrowth(db: DbClient, { organizationId }: { organizationId: string }) {
  const [members, invitations] = await Promise.all([
    db.member.count({ where: { organizationId } }),
    db.invitation.count({ where: { organizationId, status: "pending" } }),
  ]);
  return { members, invitations };
}

/** The latest test conversation and whether it went all the way (handoff claimed, then resolved). */
export function getLatestTestConversation(db: DbClient, { organizationId }: { organizationId: string }) {
  return db.conversation.findFirst({
    where: { organizationId, isTest: true },
    select: { id: true, status: true, resolvedAt: true, handoffs: { select: { claimedAt: true }, take: 1, orderBy: { createdAt: "desc" } } },
    orderBy: { createdAt: "desc" },
  });
}

export function countCompletedTestHandoffs(db: DbClient, { organizationId }: { organizationId: string }) {
  return db.conversation.count({ where: { organizationId, isTest: true, status: "RESOLVED", handoffs: { some: { claimedAt: { not: null } } } } });
}

/** The owner's ticks and skips, kept as audit entries (who, when); the latest per step wins. */
export function findStepMarks(db: DbClient, { organizationId }: { organizationId: string }) {
  return db.auditLog.findMany({
    where: { organizationId, action: { startsWith: MARK_ACTION_PREFIX } },
    select: { action: true, targetId: true, createdAt: true },
    orderBy: { createdAt: "desc" },
    take: RECENT_ROWS,
  });
}

export const markAction = (state: "done" | "skipped" | "todo") => `${MARK_ACTION_PREFIX}${state}`;

export function getDismissedAt(db: DbClient, { organizationId }: { organizationId: string }) {
  return db.workspaceSettings.findUnique({ where: { organizationId }, select: { onboardingDismissedAt: true } });
}

export function setDismissedAt(db: DbClient, { organizationId, at }: { organizationId: string; at: Date | null }) {
  return db.workspaceSettings.upsert({
    where: { organizationId },
    create: { organizationId, onboardingDismissedAt: at },
    update: { onboardingDismissedAt: at },
    select: { onboardingDismissedAt: true },
  });
}

// ---------------------------------------------------------------- the test handoff

/** A contact nobody can sign in as (no visitor id): the test conversation's visitor. */
export function insertTestContact(db: DbClient, { organizationId, page }: { organizationId: string; page: string }) {
  return db.contact.create({ data: { organizationId, name: "Test visitor", language: "en", currentPage: page, attributes: { test: true } } });
}

export function insertTestConversation(db: DbClient, { organizationId, inboxId, contactId, page }: { organizationId: string; inboxId: string; contactId: string; page: string }) {
  return db.conversation.create({ data: { organizationId, inboxId, contactId, isTest: true, currentPage: page, language: "en" } });
}

export function getTestHandoff(db: DbClient, { organizationId, conversationId }: { organizationId: string; conversationId: string }) {
  return db.handoff.findFirst({
    where: { organizationId, conversationId },
    orderBy: { createdAt: "desc" },
    include: {
      team: { select: { id: true, name: true } },
      claimedBy: { select: { id: true, name: true } },
      deliveries: { select: { channel: true, target: true, status: true, externalId: true, lastError: true }, orderBy: { createdAt: "asc" } },
    },
  });
}

export function getConversationState(db: DbClient, { organizationId, conversationId }: { organizationId: string; conversationId: string }) {
  return db.conversation.findFirst({
    where: { organizationId, id: conversationId },
    select: { status: true, assignee: { select: { id: true, name: true } }, team: { select: { name: true } } },
  });
}
