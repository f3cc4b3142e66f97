// The visitor questions the bot could not answer well: the question before each low-confidence
// bot answer, and the question before each handoff the bot's failure caused. Each comes with the
// first agent answer after it, when a person answered. Newest first, capped: grouping happens in
// JS over at most 2 x limit short texts (find-knowledge-gaps.ts).
import { Prisma } from "@/generated/prisma/client";
import type { DbClient } from "@/server/db";
import { hi, lo, scope } from "./analytics.repository";
import type { AnalyticsRange } from "./analytics.schemas";

export interface GapQuestionRow {
  conversationId: string;
  questionSeq: number;
  question: string;
  answer: string | null;
  askedAt: Date;
  source: "low_confidence" | "handoff";
}

/** The first agent line after the question (alias q): what a person answered instead of the bot. */
const AGENT_ANSWER = Prisma.sql`LEFT JOIN LATERAL (
  SELECT x.body FROM "Message" x WHERE x."conversationId" = q."conversationId" AND x.seq > q.seq AND x.role = 'AGENT' ORDER BY x.seq LIMIT 1
) a ON true`;

export function findGapQuestions(db: DbClient, r: AnalyticsRange & { threshold: number; limit: number }): Promise<GapQuestionRow[]> {
  return db.$queryRaw<GapQuestionRow[]>`
    (SELECT q."conversationId", q.seq AS "questionSeq", q.body AS question, a.body AS answer, m."createdAt" AS "askedAt", 'low_confidence' AS source
     FROM "Message" m
     JOIN "Conversation" c ON c.id = m."conversationId"
     JOIN LATERAL (
       SELECT v."conversationId", v.seq, v.body FROM "Message" v
       WHERE v."conversationId" = m."conversationId" AND v.seq < m.seq AND v.role = 'VISITOR' ORDER BY v.seq DESC LIMIT 1
     ) q ON true
     ${AGENT_ANSWER}
     WHERE m."organizationId" = ${r.organizationId} AND m.role = 'BOT' AND m."botConfidence" < ${r.threshold}
       AND m."createdAt" >= ${lo(r)} AND m."createdAt" < ${hi(r)} AND ${scope(r)}
     ORDER BY m."createdAt" DESC LIMIT ${r.limit})
    UNION ALL
    (SELECT q."conversationId", q.seq AS "questionSeq", q.body AS question, a.body AS answer, h."createdAt" AS "askedAt", 'handoff' AS source
     FROM "Handoff" h
     JOIN "Conversation" c ON c.id = h."conversationId"
     JOIN LATERAL (
       SELECT v."conversationId", v.seq, v.body FROM "Message" v
       WHERE v."conversationId" = h."conversationId" AND v.role = 'VISITOR' AND v."createdAt" <= h."createdAt" ORDER BY v.seq DESC LIMIT 1
     ) q ON true
     ${AGENT_ANSWER}
     WHERE h."organizationId" = ${r.organizationId} AND h."createdAt" >= ${lo(r)} AND h."createdAt" < ${hi(r)}
       AND (h.reasons @> '[{"code":"low_confidence"}]'::jsonb OR h.reasons @> '[{"code":"repeated_failure"}]'::jsonb) AND ${scope(r)}
     ORDER BY h."createdAt" DESC LIMIT ${r.limit})`;
}
