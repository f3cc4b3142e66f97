import type { HandoffBriefDto } from "@/features/inbox/inbox.dto";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { parentMessage, type ParentMessageInput } from "./slack-blocks";
import { findLastConversationMessages, type getHandoffDelivery } from "./slack-deliveries.repository";

type DeliveryRow = NonNullable<Awaited<ReturnType<typeof getHandoffDelivery>>>;

/** The parent message as the handoff stands now: open, claimed (by whom, how fast) or resolved. */
export async function renderParentMessage(organizationId: string, { handoff }: DeliveryRow) {
  const conversation = handoff.conversation;
  const lastMessages = await findLastConversationMessages(db, { organizationId, conversationId: conversation.id, take: 3 });
  const reasons = Array.isArray(handoff.reasons) ? handoff.reasons.map((reason) => String((reason as { code?: unknown }).code ?? "")).filter(Boolean) : [];
  const claimer = handoff.claimedBy?.name ?? conversation.assignee?.name ?? null;
  const state: ParentMessageInput["state"] =
    conversation.status === "RESOLVED" || handoff.status === "RESOLVED"
      ? { kind: "resolved", by: claimer }
      : handoff.claimedAt && claimer
        ? { kind: "claimed", by: claimer, afterMs: handoff.claimedAt.getTime() - handoff.createdAt.getTime() }
        : { kind: "open" };
  const brief = (handoff.brief ?? {}) as Partial<HandoffBriefDto>;
  return {
    state: state.kind,
    ...parentMessage({
      conversationId: conversation.id,
      brief: { ...brief, contact: brief.contact ?? { name: conversation.contact.name, email: conversation.contact.email, verified: false, tier: null, attributes: {} } },
      reasons,
      lastMessages,
      inboxUrl: `${env.PUBLIC_URL}/dashboard/inbox?view=all&c=${encodeURIComponent(conversation.id)}`,
      state,
    }),
  };
}
