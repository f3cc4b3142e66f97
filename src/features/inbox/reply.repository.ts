// The agent-reply path's statements (post-agent-message.ts). An agent's reply has a latency bar
// (README "Benchmarks": 200 replies/s, p99 <= 25 ms end to end), and each Prisma include is a
// statement of its own, so the reply reads everything it needs in one statement that also locks
// the conversation row (FOR UPDATE): the status it reads cannot change before the commit, so the
// claim, the seq and the handoff bookkeeping are decided in JS and written without re-reads.
import type { ChannelType, ConversationStatus, HandoffStatus, Priority, Prisma } from "@/generated/prisma/client";
import type { DbClient } from "@/server/db";

interface ReplyContextRow {
  id: string;
  contactId: string;
  status: ConversationStatus;
  priority: Priority;
  language: string | null;
  currentPage: string | null;
  lastSeq: number;
  queuedAt: Date | null;
  csatScore: number | null;
  isTest: boolean;
  createdAt: Date;
  inboxId: string;
  inboxName: string;
  inboxChannel: ChannelType;
  whatsappTemplate: string | null;
  contactName: string | null;
  contactEmail: string | null;
  contactVerified: boolean;
  contactLanguage: string | null;
  contactWaId: string | null;
  contactLastInboundAt: Date | null;
  assigneeId: string | null;
  assigneeName: string | null;
  assigneeImage: string | null;
  teamId: string | null;
  teamName: string | null;
  handoffStatus: HandoffStatus | null;
  handoffReasons: Prisma.JsonValue | null;
  hasOpenHandoff: boolean;
  awaitsFirstHumanReply: boolean;
  previewBody: string | null;
  existingMessageId: string | null;
  memberName: string | null;
  memberImage: string | null;
}

/**
 * The conversation (locked until the transaction ends), the inbox-list fields it is published
 * with, its WhatsApp window facts, the replying member, and whether this clientId was already
 * stored. Null when the conversation is not in this workspace.
 */
export async function lockReplyContext(
  tx: DbClient,
  { organizationId, conversationId, userId, clientId }: { organizationId: string; conversationId: string; userId: string; clientId: string },
) {
  const [row] = await tx.$queryRaw<ReplyContextRow[]>`
    SELECT c.id, c."contactId", c.status::text AS status, c.priority::text AS priority, c.language, c."currentPage", c."lastSeq",
      c."queuedAt", c."csatScore", c."isTest", c."createdAt",
      i.id AS "inboxId", i.name AS "inboxName", i.channel::text AS "inboxChannel",
      (SELECT w."followUpTemplate" FROM "WhatsAppAccount" w WHERE w."inboxId" = i.id ORDER BY w."createdAt" ASC LIMIT 1) AS "whatsappTemplate",
      ct.name AS "contactName", ct.email AS "contactEmail", ct."identityVerified" AS "contactVerified", ct.language AS "contactLanguage",
      ct."waId" AS "contactWaId", ct."lastInboundAt" AS "contactLastInboundAt",
      c."assigneeId", a.name AS "assigneeName", a.image AS "assigneeImage",
      t.id AS "teamId", t.name AS "teamName",
      h.status::text AS "handoffStatus", h.reasons AS "handoffReasons",
      EXISTS (SELECT 1 FROM "Handoff" o WHERE o."conversationId" = c.id AND o."organizationId" = c."organizationId" AND o.status = 'OPEN') AS "hasOpenHandoff",
      EXISTS (SELECT 1 FROM "Handoff" o WHERE o."conversationId" = c.id AND o."organizationId" = c."organizationId"
        AND o.status IN ('OPEN', 'CLAIMED') AND o."firstHumanReplyAt" IS NULL) AS "awaitsFirstHumanReply",
      (SELECT m.body FROM "Message" m WHERE m."conversationId" = c.id AND m.role IN ('VISITOR', 'BOT', 'AGENT') ORDER BY m.seq DESC LIMIT 1) AS "previewBody",
      (SELECT m.id FROM "Message" m WHERE m."conversationId" = c.id AND m."clientId" = ${clientId}) AS "existingMessageId",
      u.name AS "memberName", u.image AS "memberImage"
    FROM "Conversation" c
    JOIN "Inbox" i ON i.id = c."inboxId"
    JOIN "Contact" ct ON ct.id = c."contactId"
    LEFT JOIN "User" a ON a.id = c."assigneeId"
    LEFT JOIN "Team" t ON t.id = c."teamId"
    LEFT JOIN LATERAL (
      SELECT status, reasons FROM "Handoff" WHERE "conversationId" = c.id AND "organizationId" = c."organizationId" ORDER BY "createdAt" DESC LIMIT 1
    ) h ON true
    LEFT JOIN "Member" mb ON mb."organizationId" = c."organizationId" AND mb."userId" = ${userId}
    LEFT JOIN "User" u ON u.id = mb."userId"
    WHERE c.id = ${conversationId} AND c."organizationId" = ${organizationId}
    FOR UPDATE OF c`;
  if (!row) return null;
  return {
    ...row,
    member: row.memberName === null ? null : { name: row.memberName, image: row.memberImage },
    whatsapp: { channel: row.inboxChannel, waId: row.contactWaId, lastInboundAt: row.contactLastInboundAt, template: row.whatsappTemplate },
  };
}

export type ReplyContext = NonNullable<Awaited<ReturnType<typeof lockReplyContext>>>;

/**
 * The reply's seq (and the join notice's, one before it, when the reply claims), the last-message
 * time and, on a claim, the assignee, in one update of the row lockReplyContext holds.
 */
export async function advanceForReply(
  tx: DbClient,
  { organizationId, conversationId, claimBy, at }: { organizationId: string; conversationId: string; claimBy: string | null; at: Date },
) {
  const [updated] = await tx.conversation.updateManyAndReturn({
    where: { id: conversationId, organizationId },
    data: { lastSeq: { increment: claimBy ? 2 : 1 }, lastMessageAt: at, ...(claimBy ? { status: "ASSIGNED", assigneeId: claimBy, assignedAt: at } : {}) },
    select: { lastSeq: true },
  });
  return updated?.lastSeq ?? null;
}
