import { appendMessage } from "@/features/conversations/conversations.repository";
import { toMessageDto, type MessageDto } from "@/features/conversations/message.dto";
import { assignQueuedConversations } from "@/features/inbox/assign-queued";
import { toHandoffDto } from "@/features/inbox/inbox.mappers";
import { publishConversation } from "@/features/inbox/publish-conversation";
import { matchRoute } from "@/features/routing/match-route";
import { createSlackHandoffDelivery, findSlackForHandoff, scheduleSlackHandoffPost, slackHandoffTarget } from "@/features/slack/notify-slack-of-handoff";
import { enqueue } from "@/jobs/enqueue";
import { emitConversationEvent } from "@/features/integrations/conversation-events";
import { botPhrase } from "@/lib/bot-phrases";
import { runInBackground } from "@/server/background";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { notFound } from "@/server/errors";
import { logger } from "@/server/logger";
import { presenceOnline } from "@/server/presence";
import { publishToVisitor, publishToWorkspace } from "@/server/publish";
import { completeBriefInput } from "./brief/brief.repository";
import { buildExtractiveBrief } from "./brief/build-extractive-brief";
import { makeHandoffBrief } from "./brief/make-handoff-brief";
import { queuedHandoffDto, queuedInboxItem } from "./handoff-announcement";
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
const TRANSACTION_MAX_WAIT_MS = 10_000;

/**
 * Hands a bot conversation to the humans. Within business hours: QUEUED for the routed team, a
 * Handoff with the brief, the visitor told their place in line and an honest wait, the inboxes
 * notified, the escalation ladder started. After hours: LEAD_CAPTURE, and the visitor is asked for
 * name, email and question instead of waiting for nobody. Asking again changes nothing.
 *
 * Latency matters here (an escalation must reach every inbox within a fraction of a second under
 * load), so the path is lean: one context read that also carries the brief's input, the wait
 * estimate outside the transaction, and the inbox notified from the rows already in hand right
 * after the commit, before the bookkeeping (first-notified time, jobs, round-robin) that follows.
 */
export async function requestHandoff({ organizationId, conversationId, reasons, teamId }: RequestHandoffOptions) {
  const context = await getHandoffContext(db, { organizationId, conversationId });
  if (!context) throw notFound("Conversation");
  if (context.status !== "BOT" && context.status !== "LEAD_CAPTURE") return { conversation: { id: conversationId, status: context.status } };

  const settings = context.organization.settings;
  const afterHours = (settings?.leadCaptureAfterHours ?? true) && context.status === "BOT" && !isOpen(context.inbox.businessHours, new Date());
  // Presence is a Redis read: started now, it is ready by the time the inboxes are told.
  const contactOnline = presenceOnline("visitors", organizationId, [context.contactId]).then((online) => online.has(context.contactId));
  // Slack's connection too, read alongside the brief: its delivery row goes into the transaction.
  const slackInstallation = afterHours ? Promise.resolve(null) : findSlackForHandoff(organizationId);
  // The extractive brief now (milliseconds); the model's summary, when configured, follows.
  const briefInput = await completeBriefInput(db, { organizationId, conversationId, conversation: context, reasons, agentLanguage: settings?.defaultLanguage ?? null });
  const brief = buildExtractiveBrief(briefInput);
  const routedTeamId =
    teamId ??
    matchRoute(context.organization.routingRules, {
      reasons: reasons.map((reason) => reason.code),
      // The visitor's side of the brief's messages (the last 200): what keyword rules look at.
      text: briefInput.messages.filter((message) => message.role === "VISITOR").map((message) => message.body).join("\n"),
      intent: brief.intent,
      language: brief.language,
      tier: brief.contact.tier,
    })?.teamId ??
    context.inbox.defaultTeamId;
  // Recent claim times only feed the estimate: read before the transaction, not inside it.
  const waitEstimateSecs = afterHours ? null : await estimateWait(organizationId, routedTeamId);
  const slack = slackHandoffTarget(await slackInstallation, routedTeamId);
  const queuedAt = new Date();

  const result = await db.$transaction(async (tx) => {
    const moved = afterHours
      ? await toLeadCapture(tx, { organizationId, conversationId, from: ["BOT"] })
      : await queueConversation(tx, { organizationId, conversationId, teamId: routedTeamId, queuedAt });
    if (!moved) return null;
    const handoff = await insertHandoff(tx, { organizationId, conversationId, teamId: routedTeamId, reasons, brief });
    const language = context.language;
    if (afterHours) {
      const message = await appendMessage(tx, {
        organizationId,
        conversationId,
        message: { role: "SYSTEM", source: "SYSTEM", body: botPhrase("afterHours", language), metadata: { handoffId: handoff.id, event: "after_hours" } },
      });
      return { handoff, status: "LEAD_CAPTURE" as const, message: message!, queuePosition: null, waitEstimateSecs: null };
    }
    const slackDelivery = slack ? await createSlackHandoffDelivery(tx, { organizationId, handoffId: handoff.id, target: slack }) : null;
    const queuePosition = await countQueuedAheadInTeam(tx, { organizationId, teamId: routedTeamId, queuedAt });
    const body = waitEstimateSecs
      ? botPhrase("queuedWait", language, { position: queuePosition, minutes: Math.round(waitEstimateSecs / 60) })
      : botPhrase("queued", language, { position: queuePosition });
    const message = await appendMessage(tx, {
      organizationId,
      conversationId,
      message: { role: "SYSTEM", source: "SYSTEM", body, metadata: { handoffId: handoff.id, queuePosition, waitEstimateSecs } },
    });
    return { handoff, status: "QUEUED" as const, message: message!, queuePosition, waitEstimateSecs, slackDelivery };
    // A visitor asking for a person is worth waiting for a pooled connection longer than Prisma's
    // 2 s default: on an overloaded machine a late escalation beats a failed one.
  }, { maxWait: TRANSACTION_MAX_WAIT_MS });
  if (!result) return { conversation: { id: conversationId, status: context.status } };

  const handoffId = result.handoff.id;
  // Slack's parent message is queued first, from here, not one job later (its bar is measured
  // from the commit); the handoff.requested event below finds it done (notify-slack-of-handoff.ts).
  const slackScheduled = result.status === "QUEUED" && result.slackDelivery && slack ? scheduleSlackHandoffPost({ organizationId, handoffId, deliveryId: result.slackDelivery.id, target: slack }) : null;
  const update = { id: conversationId, status: result.status, queuePosition: result.queuePosition, waitEstimateSecs: result.waitEstimateSecs };
  announce(organizationId, context.contactId, toMessageDto(result.message), update);
  if (result.status === "LEAD_CAPTURE") {
    await publishConversation(organizationId, conversationId, { toVisitor: false });
    await emitConversationEvent({ type: "handoff.requested", organizationId, conversationId, handoffId, status: result.status });
    return { conversation: update, handoffId };
  }

  // Every inbox gets the conversation with its brief: the first notification, recorded just after.
  const notifiedAt = new Date();
  const item = queuedInboxItem(context, { handoff: result.handoff, notice: result.message, queuedAt, teamId: routedTeamId, reasonCodes: reasons.map((reason) => reason.code), contactOnline: await contactOnline });
  publishToWorkspace(organizationId, "conversation:updated", item);
  publishToWorkspace(organizationId, "handoff:created", { conversation: item, handoff: queuedHandoffDto(context, result.handoff, notifiedAt) });

  await Promise.all([
    slackScheduled,
    markNotified(db, { handoffId, at: notifiedAt }),
    emitConversationEvent({ type: "handoff.requested", organizationId, conversationId, handoffId, status: result.status }),
    startEscalationLadder(organizationId, handoffId, settings),
  ]);
  // Round-robin takes a workspace-wide lock: only worth it when this conversation's team assigns by itself.
  const team = context.organization.teams.find((candidate) => candidate.id === (routedTeamId ?? context.teamId));
  if (team?.assignmentMode === "ROUND_ROBIN") await assignQueuedConversations(organizationId);
  if (env.OPENAI_API_KEY) runInBackground("handoff-summary", () => improveSummary(organizationId, conversationId, handoffId, reasons));
  return { conversation: update, handoffId };
}

/** From the team's recent claims, else the workspace's; null when nobody has claimed anything yet. */
async function estimateWait(organizationId: string, teamId: string | null): Promise<number | null> {
  return (
    estimateWaitSecs(await findRecentClaims(db, { organizationId, teamId, take: CLAIMS_FOR_ESTIMATE })) ??
    (teamId ? estimateWaitSecs(await findRecentClaims(db, { organizationId, take: CLAIMS_FOR_ESTIMATE })) : null)
  );
}

function announce(organizationId: string, contactId: string, message: MessageDto, update: { id: string; status: string }) {
  publishToVisitor(contactId, "message:created", message);
  publishToVisitor(contactId, "conversation:updated", update);
  publishToWorkspace(organizationId, "message:created", message);
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
