import { pickAgent } from "@/features/routing/pick-agent";
import { logger } from "@/server/logger";
import { db } from "@/server/db";
import { announceJoin, publishJoin } from "./claim-conversation";
import { claimIfUnclaimed, findAssignmentCandidates, findMember, findRoundRobinQueue, lockAssignment } from "./inbox.repository";
import { publishConversation } from "./publish-conversation";

const BATCH = 50;

/**
 * Round-robin teams: gives waiting conversations, oldest first, to online agents under their
 * capacity. Run whenever that can change: a new escalation, a transfer, an agent coming online,
 * a conversation resolved. Pooled teams are left alone: their agents claim.
 */
export async function assignQueuedConversations(organizationId: string): Promise<number> {
  const assigned = await db.$transaction(async (tx) => {
    await lockAssignment(tx, { organizationId });
    const queue = await findRoundRobinQueue(tx, { organizationId, take: BATCH });
    const done: { conversationId: string; joined: Awaited<ReturnType<typeof announceJoin>> }[] = [];
    const candidatesByTeam = new Map<string, Awaited<ReturnType<typeof findAssignmentCandidates>>>();
    for (const conversation of queue) {
      const teamId = conversation.teamId!;
      if (!candidatesByTeam.has(teamId)) candidatesByTeam.set(teamId, await findAssignmentCandidates(tx, { organizationId, teamId }));
      const candidates = candidatesByTeam.get(teamId)!;
      const userId = pickAgent(candidates, { language: conversation.language });
      if (!userId) continue;
      if (!(await claimIfUnclaimed(tx, { organizationId, conversationId: conversation.id, userId }))) continue;
      const member = await findMember(tx, { organizationId, userId });
      const joined = await announceJoin(tx, { organizationId, conversationId: conversation.id, userId, name: member?.user.name ?? "An agent", via: "auto" });
      // Later picks in this batch see the new load and the new "last assigned" time.
      const picked = candidates.find((candidate) => candidate.userId === userId)!;
      picked.openCount += 1;
      picked.lastAssignedAt = new Date();
      done.push({ conversationId: conversation.id, joined });
    }
    return done;
  });
  for (const { conversationId, joined } of assigned) {
    if (joined) publishJoin(organizationId, joined);
    await publishConversation(organizationId, conversationId);
  }
  if (assigned.length > 0) logger.info({ organizationId, assigned: assigned.length }, "round-robin assigned conversations");
  return assigned.length;
}
