// Everything the handoff brief reads, for one conversation of one workspace.
import type { Prisma } from "@/generated/prisma/client";
import type { DbClient } from "@/server/db";
import type { BriefInput, BriefMessage, BriefReason } from "./brief.types";

// Enough for any chat an agent would read a brief of; the transcript is one click away.
const MAX_MESSAGES = 200;

export interface LoadedBriefInput extends BriefInput {
  /** The workspace's default language: what its agents read. */
  agentLanguage: string | null;
}

/** The conversation's part of a brief; handoff.repository.ts loads it along with the handoff context. */
export const briefConversationSelect = {
  language: true,
  currentPage: true,
  contact: { select: { name: true, email: true, identityVerified: true, attributes: true, language: true, currentPage: true } },
  messages: {
    where: { role: { not: "NOTE" } },
    orderBy: { seq: "desc" },
    take: MAX_MESSAGES,
    select: { role: true, body: true, botConfidence: true, metadata: true },
  },
} as const satisfies Prisma.ConversationSelect;

export type BriefConversationRow = Prisma.ConversationGetPayload<{ select: typeof briefConversationSelect }>;

/**
 * The conversation's messages (internal notes excluded), contact, language and page, the current
 * titles of the knowledge entries the bot used, and the reasons: the ones given, else the latest
 * handoff's, else the latest escalating evaluation's. Null when the conversation is not this workspace's.
 */
export async function loadBriefInput(
  db: DbClient,
  { organizationId, conversationId, reasons }: { organizationId: string; conversationId: string; reasons?: readonly BriefReason[] },
): Promise<LoadedBriefInput | null> {
  const conversation = await db.conversation.findFirst({ where: { id: conversationId, organizationId }, select: briefConversationSelect });
  if (!conversation) return null;
  return completeBriefInput(db, { organizationId, conversationId, conversation, reasons });
}

/**
 * The rest of the brief's input, for a conversation row already loaded. `agentLanguage` when the
 * caller holds the workspace settings already (one query less on the escalation path).
 */
export async function completeBriefInput(
  db: DbClient,
  {
    organizationId,
    conversationId,
    conversation,
    reasons,
    agentLanguage,
  }: { organizationId: string; conversationId: string; conversation: BriefConversationRow; reasons?: readonly BriefReason[]; agentLanguage?: string | null },
): Promise<LoadedBriefInput> {
  const messages: BriefMessage[] = [...conversation.messages].reverse();
  const [knowledgeTitles, storedReasons, settings] = await Promise.all([
    findKnowledgeTitles(db, { organizationId, entryIds: sourceIds(messages) }),
    reasons && reasons.length > 0 ? reasons : findLatestReasons(db, { organizationId, conversationId }),
    agentLanguage !== undefined ? { defaultLanguage: agentLanguage } : db.workspaceSettings.findFirst({ where: { organizationId }, select: { defaultLanguage: true } }),
  ]);
  const { contact } = conversation;
  return {
    messages,
    reasons: storedReasons,
    contact: { name: contact.name, email: contact.email, identityVerified: contact.identityVerified, attributes: contact.attributes },
    language: conversation.language ?? contact.language,
    currentPage: conversation.currentPage ?? contact.currentPage,
    knowledgeTitles,
    agentLanguage: settings?.defaultLanguage ?? null,
  };
}

async function findKnowledgeTitles(db: DbClient, { organizationId, entryIds }: { organizationId: string; entryIds: string[] }) {
  if (entryIds.length === 0) return {};
  const entries = await db.knowledgeEntry.findMany({ where: { organizationId, id: { in: entryIds } }, select: { id: true, title: true } });
  return Object.fromEntries(entries.map((entry) => [entry.id, entry.title]));
}

async function findLatestReasons(db: DbClient, { organizationId, conversationId }: { organizationId: string; conversationId: string }): Promise<BriefReason[]> {
  const handoff = await db.handoff.findFirst({ where: { organizationId, conversationId }, orderBy: { createdAt: "desc" }, select: { reasons: true } });
  const fromHandoff = toReasons(handoff?.reasons);
  if (fromHandoff.length > 0) return fromHandoff;
  const evaluation = await db.triggerEvaluation.findFirst({
    where: { organizationId, conversationId, escalate: true },
    orderBy: { createdAt: "desc" },
    select: { reasons: true },
  });
  return toReasons(evaluation?.reasons);
}

/** Stored JSON reasons, keeping only entries that carry a code. */
function toReasons(value: unknown): BriefReason[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((raw) => {
    const reason = raw as Record<string, unknown> | null;
    if (!reason || typeof reason.code !== "string") return [];
    const evidence = reason.evidence && typeof reason.evidence === "object" && !Array.isArray(reason.evidence) ? (reason.evidence as Record<string, unknown>) : null;
    return [{ code: reason.code, ruleId: typeof reason.ruleId === "string" ? reason.ruleId : null, ruleName: typeof reason.ruleName === "string" ? reason.ruleName : null, evidence }];
  });
}

function sourceIds(messages: readonly BriefMessage[]): string[] {
  const ids = new Set<string>();
  for (const message of messages) {
    const sources = (message.metadata as { sources?: unknown } | null)?.sources;
    if (!Array.isArray(sources)) continue;
    for (const source of sources as Array<{ entryId?: unknown; id?: unknown } | null>) {
      const id = source?.entryId ?? source?.id;
      if (typeof id === "string") ids.add(id);
    }
  }
  return [...ids];
}
