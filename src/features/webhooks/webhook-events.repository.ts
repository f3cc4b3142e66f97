// What an event's payload is built from: the conversation as it is now, with its contact and
// latest handoff, plus the message or the person the event names. Scoped by organizationId.
import type { DbClient } from "@/server/db";

export function getConversationForEvent(db: DbClient, { organizationId, conversationId }: { organizationId: string; conversationId: string }) {
  return db.conversation.findFirst({
    where: { id: conversationId, organizationId },
    select: {
      id: true,
      status: true,
      inboxId: true,
      language: true,
      currentPage: true,
      assignedAt: true,
      resolvedAt: true,
      createdAt: true,
      isTest: true,
      inbox: { select: { channel: true } },
      team: { select: { id: true, name: true } },
      assignee: { select: { id: true, name: true } },
      contact: { select: { id: true, name: true, email: true, externalId: true, identityVerified: true } },
    },
  });
}

export function getHandoffForEvent(db: DbClient, { organizationId, handoffId }: { organizationId: string; handoffId: string }) {
  return db.handoff.findFirst({
    where: { id: handoffId, organizationId },
    select: { id: true, status: true, reasons: true, brief: true, createdAt: true, team: { select: { id: true, name: true } } },
  });
}

export function getMessageForEvent(db: DbClient, { organizationId, messageId }: { organizationId: string; messageId: string }) {
  return db.message.findFirst({
    where: { id: messageId, organizationId },
    select: { id: true, seq: true, role: true, source: true, body: true, authorName: true, createdAt: true, author: { select: { id: true, name: true } } },
  });
}

export function getUserName(db: DbClient, { organizationId, userId }: { organizationId: string; userId: string }) {
  return db.member.findFirst({ where: { organizationId, userId }, select: { user: { select: { id: true, name: true } } } });
}
