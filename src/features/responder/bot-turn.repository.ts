// Everything the bot's turn after a visitor message needs, in one statement (reply-to-visitor.ts).
// The time from a visitor's message to the first streamed token has a bar (README "Benchmarks"),
// and Prisma sends one statement per include: this read replaced 19 statements (the message, the
// bot mode, the trigger engine's conversation, messages and rules, the workspace settings, the
// history, the knowledge-base version) that ran one after another before the model was asked.
import type { BotMode, ChannelType, ConversationStatus, Prisma } from "@/generated/prisma/client";
import { toRule } from "@/features/triggers/triggers.repository";
import type { TTriggerRule } from "@/features/triggers/triggers.schemas";
import type { DbClient } from "@/server/db";

/** The trigger engine reads this many of the latest messages (getConversationForEvaluation's window). */
const MESSAGES = 40;

interface BotTurnRow {
  messageSeq: number;
  messageBody: string;
  conversationId: string;
  status: ConversationStatus;
  language: string | null;
  currentPage: string | null;
  createdAt: Date;
  hasHandoff: boolean;
  contactLanguage: string | null;
  contactAttributes: Prisma.JsonValue;
  contactVerified: boolean;
  channel: ChannelType;
  botMode: BotMode;
  hoursTimezone: string | null;
  hoursWeekly: Prisma.JsonValue;
  hoursHolidays: Prisma.JsonValue;
  botName: string | null;
  confidenceThreshold: number | null;
  draftApprovalReasons: string[] | null;
  draftApprovalTags: string[] | null;
  draftApprovalBelow: number | null;
  knowledgeCount: number;
  knowledgeUpdatedAt: Date | null;
  /** Newest first. */
  messages: { id: string; seq: number; role: string; body: string; botConfidence: number | null; metadata: Prisma.JsonValue }[] | null;
  rules: { id: string; name: string; reason: string; enabled: boolean; position: number; conditions: unknown; action: unknown }[] | null;
}

/** The visitor message with its conversation, contact, inbox, settings, rules and latest messages; null if gone. */
export async function getBotTurnContext(db: DbClient, { organizationId, messageId }: { organizationId: string; messageId: string }) {
  const [row] = await db.$queryRaw<BotTurnRow[]>`
    SELECT m.seq AS "messageSeq", m.body AS "messageBody",
      c.id AS "conversationId", c.status::text AS status, c.language, c."currentPage", c."createdAt",
      EXISTS (SELECT 1 FROM "Handoff" h WHERE h."conversationId" = c.id AND h."organizationId" = c."organizationId") AS "hasHandoff",
      ct.language AS "contactLanguage", ct.attributes AS "contactAttributes", ct."identityVerified" AS "contactVerified",
      i.channel::text AS channel, i."botMode"::text AS "botMode",
      bh.timezone AS "hoursTimezone", bh.weekly AS "hoursWeekly", bh.holidays AS "hoursHolidays",
      s."botName", s."confidenceThreshold", s."draftApprovalReasons", s."draftApprovalTags", s."draftApprovalBelow",
      kv.n AS "knowledgeCount", kv.at AS "knowledgeUpdatedAt",
      (SELECT json_agg(json_build_object('id', x.id, 'seq', x.seq, 'role', x.role, 'body', x.body, 'botConfidence', x."botConfidence", 'metadata', x.metadata) ORDER BY x.seq DESC)
        FROM (SELECT * FROM "Message" WHERE "conversationId" = c.id AND "organizationId" = c."organizationId" ORDER BY seq DESC LIMIT ${MESSAGES}) x) AS messages,
      (SELECT json_agg(json_build_object('id', r.id, 'name', r.name, 'reason', r.reason, 'enabled', r.enabled, 'position', r.position, 'conditions', r.conditions, 'action', r.action)
        ORDER BY r.position, r."createdAt") FROM "TriggerRule" r WHERE r."organizationId" = c."organizationId") AS rules
    FROM "Message" m
    JOIN "Conversation" c ON c.id = m."conversationId"
    JOIN "Contact" ct ON ct.id = c."contactId"
    JOIN "Inbox" i ON i.id = c."inboxId"
    LEFT JOIN "BusinessHours" bh ON bh.id = i."businessHoursId"
    LEFT JOIN "WorkspaceSettings" s ON s."organizationId" = c."organizationId"
    LEFT JOIN LATERAL (SELECT count(*)::int AS n, max("updatedAt") AS at FROM "KnowledgeEntry" WHERE "organizationId" = c."organizationId") kv ON true
    WHERE m.id = ${messageId} AND m."organizationId" = ${organizationId}`;
  if (!row) return null;
  const rules: TTriggerRule[] = (row.rules ?? []).flatMap((rule) => toRule(rule) ?? []);
  return {
    message: { id: messageId, seq: row.messageSeq, body: row.messageBody },
    conversation: { id: row.conversationId, status: row.status, language: row.language, currentPage: row.currentPage, createdAt: row.createdAt, previousHandoff: row.hasHandoff },
    contact: { language: row.contactLanguage, attributes: row.contactAttributes, identityVerified: row.contactVerified },
    inbox: {
      channel: row.channel,
      botMode: row.botMode,
      businessHours: row.hoursTimezone === null ? null : { timezone: row.hoursTimezone, weekly: row.hoursWeekly, holidays: row.hoursHolidays },
    },
    settings:
      row.botName === null
        ? null
        : {
            botName: row.botName,
            confidenceThreshold: row.confidenceThreshold!,
            draftApprovalReasons: row.draftApprovalReasons ?? [],
            draftApprovalTags: row.draftApprovalTags ?? [],
            draftApprovalBelow: row.draftApprovalBelow,
          },
    messages: row.messages ?? [],
    rules,
    // The same string as getKnowledgeVersion (knowledge.repository.ts), so the model caches match.
    knowledgeVersion: `${row.knowledgeCount}:${row.knowledgeUpdatedAt?.getTime() ?? 0}`,
  };
}

export type BotTurnContext = NonNullable<Awaited<ReturnType<typeof getBotTurnContext>>>;
