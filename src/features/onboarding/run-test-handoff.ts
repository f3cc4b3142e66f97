import { createInbox } from "@/features/inboxes/manage-inboxes";
import { claimConversation } from "@/features/inbox/claim-conversation";
import { postAgentMessage } from "@/features/inbox/post-agent-message";
import { resolveConversation } from "@/features/inbox/resolve-conversation";
import type { Actor } from "@/features/tenants/actor";
import { evaluateVisitorMessage } from "@/features/triggers/evaluate-visitor-message";
import { findWidgetMessages } from "@/features/widget/find-widget-messages";
import { postVisitorMessage } from "@/features/widget/post-visitor-message";
import type { Visitor } from "@/features/widget/visitor";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { AppError } from "@/server/errors";
import { logger } from "@/server/logger";
import { findWidgetInboxes, getConversationState, getTestHandoff, insertTestContact, insertTestConversation } from "./onboarding.repository";
import type { TRunTestHandoffInput, TestHandoffResultDto } from "./onboarding.schemas";
import { createStepRecorder, type StepRecorder } from "./test-handoff-steps";
import { waitForDeliveries, type DeliveryRow } from "./wait-for-deliveries";

export const TEST_VISITOR_TEXT = "I want to talk to a person";
export const TEST_AGENT_REPLY = "Hi, this is a test reply from the team: the handoff works.";

class StepFailed extends Error {}

/**
 * "Run a test handoff": one escalation end to end through the same use-cases a real one takes:
 * a test visitor writes, the trigger engine fires, the handoff is created with its brief, routed,
 * delivered (inbox, and Slack / WhatsApp when connected), claimed by the owner, answered (and the
 * answer read back as the visitor sees it), resolved. The conversation is marked isTest: the
 * inbox badges it, analytics leaves it out. Each step is published as it completes.
 */
export async function runTestHandoff({ actor, input, deliveryWaitMs }: { actor: Actor; input: TRunTestHandoffInput; deliveryWaitMs?: number }): Promise<TestHandoffResultDto> {
  const { organizationId } = actor;
  const steps = createStepRecorder({ organizationId, runId: input.runId });
  let conversationId: string | null = null;
  try {
    const visitor = await createTestConversation(actor, steps);
    conversationId = visitor.conversationId;
    await escalate(visitor, steps);
    await deliver(organizationId, visitor.conversationId, steps, deliveryWaitMs);
    await claim(actor, visitor.conversationId, steps);
    await reply(actor, visitor, steps);
    await resolve(actor, visitor.conversationId, steps);
    return { runId: input.runId, ok: true, conversationId, steps: steps.steps, failure: null };
  } catch (error) {
    // Expected failures say what to fix; anything else is logged and still named against its step.
    const known = error instanceof StepFailed || error instanceof AppError;
    if (!known) logger.error({ err: error, organizationId, step: steps.current }, "test handoff failed");
    const message = known ? error.message : "An unexpected error stopped the test; the server log has the details";
    steps.record(steps.current, "failed", message);
    return { runId: input.runId, ok: false, conversationId, steps: steps.steps, failure: { step: steps.current, message } };
  }
}

async function createTestConversation(actor: Actor, steps: StepRecorder): Promise<Visitor & { conversationId: string }> {
  const { organizationId } = actor;
  // A new workspace may not have made its website chat yet: the test makes it, as the widget page would.
  const inbox = (await findWidgetInboxes(db, { organizationId }))[0] ?? (await createInbox({ actor, name: "Website chat" }));
  const page = new URL("/dashboard?test-handoff", env.PUBLIC_URL).toString();
  const { contact, conversation } = await db.$transaction(async (tx) => {
    const contact = await insertTestContact(tx, { organizationId, page });
    return { contact, conversation: await insertTestConversation(tx, { organizationId, inboxId: inbox.id, contactId: contact.id, page }) };
  });
  steps.record("conversation", "done", `Test conversation with "Test visitor" in ${inbox.name}`, { conversationId: conversation.id });
  return { organizationId, inboxId: inbox.id, contactId: contact.id, conversationId: conversation.id };
}

async function escalate(visitor: Visitor & { conversationId: string }, steps: StepRecorder) {
  const { organizationId, conversationId } = visitor;
  steps.current = "visitor_message";
  const posted = await postVisitorMessage({ visitor, input: { clientId: `test-${conversationId}`, text: TEST_VISITOR_TEXT } });
  steps.record("visitor_message", "done", `The visitor wrote "${TEST_VISITOR_TEXT}"`);

  // What the widget's message route runs next (reply-to-visitor): the trigger engine, which hands off.
  steps.current = "trigger";
  const evaluation = await evaluateVisitorMessage({ organizationId, conversationId, messageId: posted.message.id });
  const reasons = evaluation?.decision.reasons ?? [];
  if (!evaluation?.decision.escalate) {
    throw new StepFailed(`No handoff rule fired for "${TEST_VISITOR_TEXT}": turn the "explicit_request" rule back on in Handoff rules`);
  }
  const matched = reasons.flatMap((reason) => (Array.isArray(reason.evidence.matched) ? reason.evidence.matched : []));
  steps.record("trigger", "done", `${reasons.map((reason) => `${reason.code} (${reason.ruleName})`).join(", ")}${matched.length ? `, matched "${matched.join('", "')}"` : ""}`, {
    reasons: reasons.map((reason) => reason.code),
  });

  steps.current = "handoff";
  const [handoff, state] = await Promise.all([getTestHandoff(db, { organizationId, conversationId }), getConversationState(db, { organizationId, conversationId })]);
  if (state?.status === "LEAD_CAPTURE") {
    throw new StepFailed("It is outside business hours, so the conversation went to lead capture instead of the queue: test again during opening hours, or change Business hours");
  }
  if (!handoff) throw new StepFailed(`The trigger fired but no handoff was created (the conversation is ${state?.status ?? "gone"})`);
  const brief = handoff.brief as { summary?: string; intent?: string | null; language?: string | null };
  steps.record("handoff", "done", brief.summary ?? "Handoff created", { handoffId: handoff.id, summary: brief.summary ?? null, intent: brief.intent ?? null, language: brief.language ?? null });

  steps.current = "routed";
  steps.record("routed", "done", handoff.team ? `Routed to team ${handoff.team.name}` : "No team matched: it waits in the workspace's shared queue", { team: handoff.team?.name ?? null });
}

async function deliver(organizationId: string, conversationId: string, steps: StepRecorder, waitMs?: number) {
  steps.current = "delivered";
  const handoff = await getTestHandoff(db, { organizationId, conversationId });
  if (!handoff?.firstNotifiedAt) throw new StepFailed("The web inbox was not notified of the handoff");
  const { connected, rows: deliveries } = await waitForDeliveries({ organizationId, conversationId, waitMs });
  const outside = deliveries.map((row) => `${channelName(row)} ${row.status.toLowerCase()}${row.lastError ? ` (${row.lastError})` : ""}`);
  if (deliveries.length === 0 && (connected.slack || connected.whatsapp)) outside.push("Slack / WhatsApp: nothing posted yet (is the worker running?)");
  const failed = deliveries.find((row) => row.status === "FAILED");
  steps.record("delivered", failed ? "failed" : "done", ["Delivered to the web inbox", ...outside].join("; "), { deliveries });
  if (failed) throw new StepFailed(`${channelName(failed)} delivery failed: ${failed.lastError ?? "no reason given"}`);
}

const channelName = (row: DeliveryRow) => (row.channel === "SLACK" ? "Slack" : "WhatsApp");

async function claim(actor: Actor, conversationId: string, steps: StepRecorder) {
  const { organizationId } = actor;
  steps.current = "claimed";
  const before = await getConversationState(db, { organizationId, conversationId });
  // A round-robin team may already have given it to an online agent: that is a claim too.
  if (before?.status === "ASSIGNED" && before.assignee && before.assignee.id !== actor.userId) {
    steps.record("claimed", "done", `Assigned automatically to ${before.assignee.name} (round robin)`, { by: before.assignee.name });
    return;
  }
  await claimConversation({ organizationId, conversationId, userId: actor.userId, via: "inbox" });
  const after = await getConversationState(db, { organizationId, conversationId });
  if (after?.status !== "ASSIGNED") throw new StepFailed(`The claim did not take (the conversation is ${after?.status ?? "gone"})`);
  steps.record("claimed", "done", `Claimed by ${after.assignee?.name ?? "you"} from the inbox`, { by: after.assignee?.name ?? null });
}

async function reply(actor: Actor, visitor: Visitor & { conversationId: string }, steps: StepRecorder) {
  steps.current = "agent_reply";
  const { message } = await postAgentMessage({ actor, conversationId: visitor.conversationId, input: { clientId: `test-reply-${visitor.conversationId}`, text: TEST_AGENT_REPLY, note: false } });
  // Read back exactly what the widget would fetch: the visitor's view of the conversation.
  const seen = await findWidgetMessages({ visitor, afterSeq: message.seq - 1 });
  if (!seen.messages.some((row) => row.id === message.id && row.role === "agent")) throw new StepFailed("The agent's reply was stored but the visitor's widget does not show it");
  steps.record("agent_reply", "done", `The visitor received "${TEST_AGENT_REPLY}"`);
}

async function resolve(actor: Actor, conversationId: string, steps: StepRecorder) {
  steps.current = "resolved";
  await resolveConversation({ actor, conversationId });
  const state = await getConversationState(db, { organizationId: actor.organizationId, conversationId });
  if (state?.status !== "RESOLVED") throw new StepFailed(`The conversation is still ${state?.status ?? "gone"}`);
  steps.record("resolved", "done", "Resolved; the visitor would now be asked for a rating");
}
