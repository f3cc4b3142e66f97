// The inbox's reads and the state changes agents make. Every status change is one conditional
// update (WHERE status IN ...), so two surfaces acting at once cannot both win.
import type { ConversationStatus, Prisma } from "@/generated/prisma/client";
import type { DbClient } from "@/server/db";

const PREVIEW_ROLES = ["VISITOR", "BOT", "AGENT"] as const;

const inboxListInclude = (userId: string) =>
  ({
    inbox: { select: { id: true, name: true, channel: true } },
    contact: { select: { id: true, name: true, email: true, identityVerified: true } },
    assignee: { select: { id: true, name: true, image: true } },
    team: { select: { id: true, name: true } },
    handoffs: { orderBy: { createdAt: "desc" }, take: 1, select: { reasons: true, status: true } },
    reads: { where: { userId }, select: { lastReadSeq: true } },
  }) satisfies Prisma.ConversationInclude;

export const inboxItemInclude = (userId: string) =>
  ({
    ...inboxListInclude(userId),
    messages: { where: { role: { in: [...PREVIEW_ROLES] } }, orderBy: { seq: "desc" }, take: 1, select: { body: true } },
  }) satisfies Prisma.ConversationInclude;

export type InboxItemRow = Prisma.ConversationGetPayload<{ include: ReturnType<typeof inboxItemInclude> }>;

export function getInboxItem(db: DbClient, { organizationId, conversationId, userId }: { organizationId: string; conversationId: string; userId: string }) {
  return db.conversation.findFirst({ where: { id: conversationId, organizationId }, include: inboxItemInclude(userId) });
}

export function getConversationDetail(db: DbClient, { organizationId, conversationId }: { organizationId: string; conversationId: string }) {
  return db.conversation.findFirst({
    where: { id: conversationId, organizationId },
    include: {
      contact: true,
      handoffs: {
        orderBy: { createdAt: "desc" },
        take: 1,
        include: { team: { select: { id: true, name: true } }, claimedBy: { select: { id: true, name: true } } },
      },
      drafts: { where: { status: "PENDING" }, orderBy: { createdAt: "asc" } },
    },
  });
}

export function findConversationMessages(db: DbClient, { organizationId, conversationId, afterSeq, take }: { organizationId: string; conversationId: string; afterSeq: number; take: number }) {
  return db.message.findMany({
    where: { organizationId, conversationId, seq: { gt: afterSeq } },
    orderBy: { seq: "asc" },
    take,
    include: { author: { select: { name: true, image: true } } },
  });
}

export function findPreviousConversations(db: DbClient, { organizationId, contactId, excludeId, take }: { organizationId: string; contactId: string; excludeId: string; take: number }) {
  return db.conversation.findMany({
    where: { organizationId, contactId, id: { not: excludeId } },
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      status: true,
      createdAt: true,
      messages: { where: { role: { in: [...PREVIEW_ROLES] } }, orderBy: { seq: "desc" }, take: 1, select: { body: true } },
    },
  });
}

// ---------------------------------------------------------------- state changes

/** The claim: one conditional update, so whichever surface gets here first wins. */
export async function claimIfUnclaimed(db: DbClient, { organizationId, conversationId, userId }: { organizationId: string; conversationId: string; userId: string }) {
  const { count } = await db.conversation.updateMany({
    where: { id: conversationId, organizationId, status: { in: ["BOT", "QUEUED", "LEAD_CAPTURE"] } },
    data: { status: "ASSIGNED", assigneeId: userId, assignedAt: new Date() },
  });
  return count === 1;
}

export function getConversationWithAssignee(db: DbClient, { organizationId, conversationId }: { organizationId: string; conversationId: string }) {
  return db.conversation.findFirst({
    where: { id: conversationId, organizationId },
    include: { assignee: { select: { id: true, name: true, image: true } }, contact: { select: { language: true } } },
  });
}

export function getOpenHandoff(db: DbClient, { organizationId, conversationId }: { organizationId: string; conversationId: string }) {
  return db.handoff.findFirst({ where: { organizationId, conversationId, status: { in: ["OPEN", "CLAIMED"] } }, orderBy: { createdAt: "desc" } });
}

export function markHandoffClaimed(db: DbClient, { organizationId, conversationId, userId, via }: { organizationId: string; conversationId: string; userId: string; via: string }) {
  return db.handoff.updateMany({
    where: { organizationId, conversationId, status: "OPEN" },
    data: { status: "CLAIMED", claimedById: userId, claimedAt: new Date(), claimedVia: via },
  });
}

export function markFirstHumanReply(db: DbClient, { organizationId, conversationId }: { organizationId: string; conversationId: string }) {
  return db.handoff.updateMany({
    where: { organizationId, conversationId, status: { in: ["OPEN", "CLAIMED"] }, firstHumanReplyAt: null },
    data: { firstHumanReplyAt: new Date() },
  });
}

export function closeHandoffs(db: DbClient, { organizationId, conversationId }: { organizationId: string; conversationId: string }) {
  return db.handoff.updateMany({
    where: { organizationId, conversationId, status: { in: ["OPEN", "CLAIMED"] } },
    data: { status: "RESOLVED", resolvedAt: new Date() },
  });
}

export async function setStatus(
  db: DbClient,
  { organizationId, conversationId, from, data }: { organizationId: string; conversationId: string; from: ConversationStatus[]; data: Prisma.ConversationUncheckedUpdateManyInput },
) {
  const { count } = await db.conversation.updateMany({ where: { id: conversationId, organizationId, status: { in: from } }, data });
  return count === 1;
}

export function requeueHandoff(db: DbClient, { organizationId, conversationId, teamId }: { organizationId: string; conversationId: string; teamId: string | null }) {
  return db.handoff.updateMany({
    where: { organizationId, conversationId, status: { in: ["OPEN", "CLAIMED"] } },
    data: { status: "OPEN", teamId, claimedById: null, claimedAt: null, claimedVia: null },
  });
}

export function getAgentMessageByClientId(db: DbClient, { organizationId, conversationId, clientId }: { organizationId: string; conversationId: string; clientId: string }) {
  return db.message.findFirst({ where: { organizationId, conversationId, clientId }, include: { author: { select: { name: true, image: true } } } });
}

/** Moves an agent's read marker forward, never backwards (two tabs may report out of order). */
export async function markRead(db: DbClient, { organizationId, conversationId, userId, seq }: { organizationId: string; conversationId: string; userId: string; seq: number }) {
  await db.$executeRaw`
    INSERT INTO "ConversationRead" ("organizationId", "conversationId", "userId", "lastReadSeq", "updatedAt")
    VALUES (${organizationId}, ${conversationId}, ${userId}, ${seq}, now())
    ON CONFLICT ("userId", "conversationId")
    DO UPDATE SET "lastReadSeq" = GREATEST("ConversationRead"."lastReadSeq", EXCLUDED."lastReadSeq"), "updatedAt" = now()`;
}

export function findMember(db: DbClient, { organizationId, userId }: { organizationId: string; userId: string }) {
  return db.member.findFirst({ where: { organizationId, userId }, include: { user: { select: { id: true, name: true, email: true, languages: true, image: true } } } });
}

export function findTeam(db: DbClient, { organizationId, teamId }: { organizationId: string; teamId: string }) {
  return db.team.findFirst({ where: { id: teamId, organizationId }, include: { members: { select: { userId: true } } } });
}

export function countOnlineTeamMembers(db: DbClient, { organizationId, teamId }: { organizationId: string; teamId: string }) {
  return db.member.count({ where: { organizationId, status: "ONLINE", user: { teamMemberships: { some: { teamId } } } } });
}

export function findNewerOpenConversation(db: DbClient, { organizationId, contactId, inboxId, after }: { organizationId: string; contactId: string; inboxId: string; after: Date }) {
  return db.conversation.findFirst({ where: { organizationId, contactId, inboxId, status: { not: "RESOLVED" }, createdAt: { gt: after } }, select: { id: true } });
}

export function insertHandoffForTransfer(db: DbClient, { organizationId, conversationId, teamId }: { organizationId: string; conversationId: string; teamId: string | null }) {
  return db.handoff.create({ data: { organizationId, conversationId, teamId, reasons: [{ code: "transfer" }] } });
}

/** Serialises automatic assignment per workspace, so two processes never overfill one agent. */
export async function lockAssignment(tx: DbClient, { organizationId }: { organizationId: string }) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`assign:${organizationId}`}))`;
}

/** Queued conversations of round-robin teams, first in line first. */
export function findRoundRobinQueue(db: DbClient, { organizationId, take }: { organizationId: string; take: number }) {
  return db.conversation.findMany({
    where: { organizationId, status: "QUEUED", team: { assignmentMode: "ROUND_ROBIN" } },
    orderBy: [{ queuedAt: "asc" }, { id: "asc" }],
    take,
    select: { id: true, teamId: true, language: true },
  });
}

/** Agents of a team with what round-robin needs: status, capacity, load, last assignment. */
export async function findAssignmentCandidates(db: DbClient, { organizationId, teamId }: { organizationId: string; teamId: string }) {
  const members = await db.member.findMany({
    where: { organizationId, user: { teamMemberships: { some: { teamId } } } },
    select: { userId: true, status: true, capacity: true, user: { select: { languages: true } } },
  });
  const userIds = members.map((member) => member.userId);
  const [open, last] = await Promise.all([
    db.conversation.groupBy({ by: ["assigneeId"], where: { organizationId, status: "ASSIGNED", assigneeId: { in: userIds } }, _count: { _all: true } }),
    db.conversation.groupBy({ by: ["assigneeId"], where: { organizationId, assigneeId: { in: userIds }, assignedAt: { not: null } }, _max: { assignedAt: true } }),
  ]);
  const openBy = new Map(open.map((row) => [row.assigneeId, row._count._all]));
  const lastBy = new Map(last.map((row) => [row.assigneeId, row._max.assignedAt]));
  return members.map((member) => ({
    userId: member.userId,
    status: member.status,
    capacity: member.capacity,
    openCount: openBy.get(member.userId) ?? 0,
    lastAssignedAt: lastBy.get(member.userId) ?? null,
    languages: member.user.languages,
  }));
}
