import type { Actor } from "@/features/tenants/actor";
import { appendMessage } from "@/features/conversations/conversations.repository";
import { toMessageDto } from "@/features/conversations/message.dto";
import { db, type DbClient } from "@/server/db";
import { notFound } from "@/server/errors";
import { publishToWorkspace } from "@/server/publish";
import { announceJoin, publishJoin } from "./claim-conversation";
import type { TTransferInput } from "./inbox.schemas";
import {
  countOnlineTeamMembers,
  findMember,
  findTeam,
  getOpenHandoff,
  insertHandoffForTransfer,
  requeueHandoff,
  setStatus,
} from "./inbox.repository";
import { publishConversation } from "./publish-conversation";
import { assignQueuedConversations } from "./assign-queued";

const TRANSFERABLE = ["BOT", "QUEUED", "ASSIGNED", "LEAD_CAPTURE"] as const;

/**
 * Moves a conversation to a team's queue or straight to an agent. Says so when nobody in that
 * team is online (the conversation still waits there, first in line by its original time).
 */
export async function transferConversation({ actor, conversationId, input }: { actor: Actor; conversationId: string; input: TTransferInput }) {
  const { organizationId } = actor;
  const transferredBy = await findMember(db, { organizationId, userId: actor.userId });
  const outcome = input.teamId
    ? await toTeam(organizationId, conversationId, input.teamId, transferredBy?.user.name ?? "An agent")
    : await toAgent(organizationId, conversationId, input.assigneeId!, transferredBy?.user.name ?? "An agent");
  publishToWorkspace(organizationId, "message:created", toMessageDto(outcome.note));
  if (outcome.joined) publishJoin(organizationId, outcome.joined);
  if (input.teamId) await assignQueuedConversations(organizationId);
  const conversation = await publishConversation(organizationId, conversationId);
  return { conversation, ...(outcome.warning ? { warning: outcome.warning } : {}) };
}

async function toTeam(organizationId: string, conversationId: string, teamId: string, by: string) {
  const team = await findTeam(db, { organizationId, teamId });
  if (!team) throw notFound("Team");
  const online = await countOnlineTeamMembers(db, { organizationId, teamId });
  const note = await db.$transaction(async (tx) => {
    const moved = await setStatus(tx, {
      organizationId,
      conversationId,
      from: [...TRANSFERABLE],
      data: { status: "QUEUED", assigneeId: null, teamId, queuedAt: new Date() },
    });
    if (!moved) throw notFound("Open conversation");
    if (await getOpenHandoff(tx, { organizationId, conversationId })) await requeueHandoff(tx, { organizationId, conversationId, teamId });
    else await insertHandoffForTransfer(tx, { organizationId, conversationId, teamId });
    return transferNote(tx, organizationId, conversationId, `${by} transferred this conversation to ${team.name}.`);
  });
  return { note, joined: null, warning: online === 0 ? ("NOBODY_ONLINE" as const) : undefined };
}

async function toAgent(organizationId: string, conversationId: string, assigneeId: string, by: string) {
  const assignee = await findMember(db, { organizationId, userId: assigneeId });
  if (!assignee) throw notFound("Agent");
  return db.$transaction(async (tx) => {
    const moved = await setStatus(tx, {
      organizationId,
      conversationId,
      from: [...TRANSFERABLE],
      data: { status: "ASSIGNED", assigneeId, assignedAt: new Date() },
    });
    if (!moved) throw notFound("Open conversation");
    if (await getOpenHandoff(tx, { organizationId, conversationId })) await requeueHandoff(tx, { organizationId, conversationId, teamId: null });
    else await insertHandoffForTransfer(tx, { organizationId, conversationId, teamId: null });
    const note = await transferNote(tx, organizationId, conversationId, `${by} transferred this conversation to ${assignee.user.name}.`);
    const joined = await announceJoin(tx, { organizationId, conversationId, userId: assigneeId, name: assignee.user.name, via: "inbox" });
    return { note, joined, warning: assignee.status === "ONLINE" ? undefined : ("AGENT_OFFLINE" as const) };
  });
}

async function transferNote(tx: DbClient, organizationId: string, conversationId: string, body: string) {
  const row = await appendMessage(tx, { organizationId, conversationId, message: { role: "NOTE", source: "SYSTEM", body, authorName: "Baton", metadata: { event: "transfer" } } });
  return row!;
}
