import { toInboxDto } from "@/features/inboxes/inboxes.schemas";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { computeOnboardingSteps } from "./compute-onboarding";
import {
  countCompletedTestHandoffs,
  countKnowledgeEntries,
  countTeamGrowth,
  findContactsSeenOutside,
  findRecentBotMessages,
  findStepMarks,
  findWidgetInboxes,
  getChannelConnections,
  getDismissedAt,
  getLatestTestConversation,
} from "./onboarding.repository";
import type { OnboardingStatusDto } from "./onboarding.schemas";

/** The onboarding checklist as the data stands now: every step's state is computed, never stored. */
export async function getOnboardingStatus({ organizationId }: { organizationId: string }): Promise<OnboardingStatusDto> {
  const batonOrigin = new URL(env.PUBLIC_URL).origin;
  const [knowledgeEntries, botMessages, inboxes, outside, channels, team, completedTestHandoffs, marks, settings, lastTest] = await Promise.all([
    countKnowledgeEntries(db, { organizationId }),
    findRecentBotMessages(db, { organizationId }),
    findWidgetInboxes(db, { organizationId }),
    findContactsSeenOutside(db, { organizationId, batonOrigin }),
    getChannelConnections(db, { organizationId }),
    countTeamGrowth(db, { organizationId }),
    countCompletedTestHandoffs(db, { organizationId }),
    findStepMarks(db, { organizationId }),
    getDismissedAt(db, { organizationId }),
    getLatestTestConversation(db, { organizationId }),
  ]);
  const steps = computeOnboardingSteps({
    knowledgeEntries,
    botMessages,
    outsidePages: outside.map((contact) => contact.currentPage ?? ""),
    widgetAllowedOrigins: inboxes.map((inbox) => inbox.allowedOrigins),
    slack: channels.slack,
    whatsapp: channels.whatsapp,
    members: team.members,
    invitations: team.invitations,
    completedTestHandoffs,
    marks: marks.map((mark) => ({ step: mark.targetId ?? "", state: mark.action.split("_").pop() ?? "" })),
  });
  const doneCount = steps.filter((step) => step.state === "done").length;
  const skippedCount = steps.filter((step) => step.state === "skipped").length;
  const widget = inboxes[0] ? toInboxDto(inboxes[0]) : null;
  return {
    steps,
    doneCount,
    skippedCount,
    total: steps.length,
    complete: doneCount + skippedCount === steps.length,
    dismissedAt: settings?.onboardingDismissedAt?.toISOString() ?? null,
    widget: widget && { inboxId: widget.id, publicKey: widget.publicKey, embedSnippet: widget.embedSnippet, allowedOrigins: widget.allowedOrigins },
    lastTestHandoff: lastTest && { conversationId: lastTest.id, resolvedAt: lastTest.resolvedAt?.toISOString() ?? null },
  };
}
