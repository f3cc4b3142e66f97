import { appendMessage } from "@/features/conversations/conversations.repository";
import { toMessageDto, type MessageDto } from "@/features/conversations/message.dto";
import { assignQueuedConversations } from "@/features/inbox/assign-queued";
import { toHandoffDto } from "@/features/inbox/inbox.mappers";
import { publishConversation } from "@/features/inbox/publish-conversation";
import { matchRoute } from "@/features/routing/match-route";
import { enqueue } from "@/jobs/enqueue";
import { emitConversationEvent } from "@/features/integrations/conversation-events";
import { botPhrase } from "@/lib/bot-phrases";
import { runInBackground } from "@/server/background";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { notFound } from "@/server/errors";
import { logger } from "@/server/logger";
import { publishToVisitor, publishToWorkspace } from "@/server/publish";
import { makeHandoffBrief } from "./brief/make-handoff-brief";
import { isOpen } from "./business-hours";
import {
  countQueuedAheadInTeam,
  findRecentClaims,
  getHandoffContext,
  getHandoffForInbox,
  insertHandoff,
  markNotified,
  queueConversation,
  toLeadCapture,
  updateBrief,
} from "./handoff.repository";
import { estimateWaitSecs } from "./wait-estimate";

export interface HandoffReason {
  code: string;
  ruleId?: string | null;
  evidence?: Record<string, unknown>;
}

export interface RequestHandoffOptions {
  organizationId: string;
  conversationId: string;
  reasons: HandoffReason[];
  /** A trigger rule's explicit team; otherwise the routing rules decide, then the inbox default. */
  teamId?: string | null;
}

const CLAIMS_FOR_ESTIMATE = 20;

/**
 * Hands a bot conversation to the humans. Within business hours: QUEUED for the routed team, a
 * Handoff with the brief, the visitor told their place in line and an honest wait, the inboxes
 * notified, the escalation ladder started. After hours: LEAD_CAPTURE, and the visitor is asked for
 * name, email and question instead of waiting for nobody. Asking again changes nothing.
 */
export async function requestHandoff({ organizationId, conversationId, reasons, teamId }: RequestHandoffOptions) {
  const context = await getHandoffContext(db, { organizationId, conversationId });
  if (!context) throw notFound("Conversation");
  if (context.status !== "BOT" && context.status !== "LEAD_CAPTURE") return { conversation: { id: conversationId, status: context.status } };

  const settings = context.organization.settings;
  const afterHours = (settings?.leadCaptureAfterHours ?? true) && context.status === "BOT" && !isOpen(context.inbox.businessHours, new Date());
  // The extractive brief now (milliseconds); the model's summary, when configured, follows.
  const brief = await makeHandoffBrief({ organizationId, conversationId, reasons, useModel: false });
  const routedTeamId =
    teamId ??
    matchRoute(context.organization.routingRules, {
      reasons: reasons.map((reason) => reason.code),
      text: context.messages.map((message) => message.body).join("\n"),
      intent: brief.intent,
      language: brief.language,
      tier: brief.contact.tier,
    })?.teamId ??
    context.inbox.defaultTeamId;

  const result = await db.$transaction(async (tx) => {
    const moved = afterHours
      ? await toLeadCapture(tx, { organizationId, conversationId, from: ["BOT"] })
      : await queueConversation(tx, { organizationId, conversationId, teamId: routedTeamId });
    if (!moved) return null;
    const handoff = await insertHandoff(tx, { organizationId, conversationId, teamId: routedTeamId, reasons, brief });
    const language = context.language;
    if (afterHours) {
      const message = await appendMessage(tx, {
        organizationId,
        conversationId,
        message: { role: "SYSTEM", source: "SYSTEM", body: botPhrase("afterHours", language), metadata: { handoffId: handoff.id, event: "after_hours" } },
      });
      return { handoffId: handoff.id, status: "LEAD_CAPTURE" as const, message: message!, queuePosition: null, waitEstimateSecs: null };
    }
    const queuePosition = await countQueuedAheadInTeam(tx, { organizationId, teamId: routedTeamId, queuedAt: new Date() });
    const waitEstimateSecs =
      estimateWaitSecs(await findRecentClaims(tx, { organizationId, teamId: routedTeamId, take: CLAIMS_FOR_ESTIMATE })) ??
      estimateWaitSecs(await findRecentClaims(tx, { organizationId, take: CLAIMS_FOR_ESTIMATE }));
    const body = waitEstimateSecs
      ? botPhrase("queuedWait", language, { position: queuePosition, minutes: Math.round(waitEstimateSecs / 60) })
      : botPhrase("queued", language, { position: queuePosition });
    const message = await appendMessage(tx, {
      organizationId,
      conversationId,
      message: { role: "SYSTEM", source: "SYSTEM", body, metadata: { handoffId: handoff.id, queuePosition, waitEstimateSecs } },
    });
    return { handoffId: handoff.id, status: "QUEUED" as const, message: message!, queuePosition, waitEstimateSecs };
  });
  if (!result) return { conversation: { id: conversationId, status: context.status } };

  const update = { id: conversationId, status: result.status, queuePosition: result.queuePosition, waitEstimateSecs: result.waitEstimateSecs };
  announce(organizationId, context.contactId, toMessageDto(result.message), update);
  await notifyAgents(organizationId, conversationId, result.handoffId, result.status);
  await emitConversationEvent({ type: "handoff.requested", organizationId, conversationId, handoffId: result.handoffId, status: result.status });
  if (result.status === "QUEUED") {
    await startEscalationLadder(organizationId, result.handoffId, settings);
    await assignQueuedConversations(organizationId);
  }
  if (env.OPENAI_API_KEY) runInBackground("handoff-summary", () => improveSummary(organizationId, conversationId, result.handoffId, reasons));
  return { conversation: update, handoffId: result.handoffId };
}

function announce(organizationId: string, contactId: string, message: MessageDto, update: { id: string; status: string }) {
  publishToVisitor(contactId, "message:created", message);
  publishToVisitor(contactId, "conversation:updated", update);
  publishToWorkspace(organizationId, "message:created", message);
}

/** Every inbox of the workspace gets the conversation with its brief; that is the first notification. */
async function notifyAgents(organizationId: string, conversationId: string, handoffId: string, status: "QUEUED" | "LEAD_CAPTURE") {
  const conversation = await publishConversation(organizationId, conversationId, { toVisitor: false });
  if (status === "LEAD_CAPTURE") return;
  await markNotified(db, { handoffId });
  const handoff = await getHandoffForInbox(db, { organizationId, handoffId });
  if (conversation && handoff) publishToWorkspace(organizationId, "handoff:created", { conversation, handoff: toHandoffDto(handoff) });
}

/** Replaces the extractive brief with the model's (it falls back to extractive by itself). */
async function improveSummary(organizationId: string, conversationId: string, handoffId: string, reasons: HandoffReason[]) {
  const brief = await makeHandoffBrief({ organizationId, conversationId, reasons, useModel: true });
  if (brief.summarySource !== "llm") return;
  await updateBrief(db, { handoffId, brief });
  const handoff = await getHandoffForInbox(db, { organizationId, handoffId });
  if (handoff) publishToWorkspace(organizationId, "handoff:updated", { conversationId, handoff: toHandoffDto(handoff) });
}

/** Unclaimed after N seconds: widen to everyone; after M minutes: be honest and take a lead. */
async function startEscalationLadder(organizationId: string, handoffId: string, settings: { escalationWidenAfterSecs: number; escalationTimeoutMins: number } | null) {
  const widenMs = (settings?.escalationWidenAfterSecs ?? 60) * 1000;
  const giveUpMs = (settings?.escalationTimeoutMins ?? 5) * 60_000;
  try {
    await enqueue("handoff.escalate", { organizationId, handoffId, level: 1 }, { jobId: `escalate-${handoffId}-1`, delayMs: widenMs });
    await enqueue("handoff.escalate", { organizationId, handoffId, level: 2 }, { jobId: `escalate-${handoffId}-2`, delayMs: Math.max(giveUpMs, widenMs + 1000) });
  } catch (error) {
    // The handoff itself is committed and visible in every inbox; only the reminders are missing.
    logger.error({ err: error, handoffId }, "could not schedule the escalation ladder");
  }
}
