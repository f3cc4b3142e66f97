import type { Actor } from "@/features/tenants/actor";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import { publishToWorkspace } from "@/server/publish";
import type { AgentDto, TeamSummaryDto } from "./inbox.dto";
import type { TAgentProfileInput } from "./inbox.schemas";
import { findAgents, findTeamsWithMembers, setAgentStatus, updateAgentProfile } from "./agents.repository";
import { assignQueuedConversations } from "./assign-queued";

type AgentRow = Awaited<ReturnType<typeof findAgents>>[number];

function toAgentDto({ member, openConversations }: AgentRow): AgentDto {
  return {
    id: member.userId,
    name: member.user.name,
    email: member.user.email,
    role: member.role,
    status: member.status,
    capacity: member.capacity,
    openConversations,
    languages: member.user.languages,
    teamIds: member.user.teamMemberships.map((membership) => membership.teamId),
  };
}

/** Transfer targets: every agent with status and load, every team with how many are online. */
export async function findAgentsAndTeams({ actor }: { actor: Actor }): Promise<{ agents: AgentDto[]; teams: TeamSummaryDto[] }> {
  const [agents, teams] = await Promise.all([findAgents(db, { organizationId: actor.organizationId }), findTeamsWithMembers(db, { organizationId: actor.organizationId })]);
  const online = new Set(agents.filter(({ member }) => member.status === "ONLINE").map(({ member }) => member.userId));
  return {
    agents: agents.map(toAgentDto),
    teams: teams.map((team) => ({
      id: team.id,
      name: team.name,
      assignmentMode: team.assignmentMode,
      onlineAgents: team.members.filter((member) => online.has(member.userId)).length,
    })),
  };
}

export async function getMyAgentProfile({ actor }: { actor: Actor }) {
  const agents = await findAgents(db, { organizationId: actor.organizationId });
  const mine = agents.find(({ member }) => member.userId === actor.userId);
  if (!mine) throw notFound("Agent");
  return { agent: toAgentDto(mine) };
}

/** Status, capacity and languages of the signed-in agent; coming online may hand them waiting chats. */
export async function updateMyAgentProfile({ actor, input }: { actor: Actor; input: TAgentProfileInput }) {
  await updateAgentProfile(db, { organizationId: actor.organizationId, userId: actor.userId, ...input });
  if (input.status) publishToWorkspace(actor.organizationId, "agent:status", { userId: actor.userId, status: input.status });
  if (input.status === "ONLINE" || input.capacity !== undefined) await assignQueuedConversations(actor.organizationId);
  return getMyAgentProfile({ actor });
}

/** The inbox socket opened or its last one closed: OFFLINE <-> ONLINE; AWAY is left as the agent set it. */
export async function agentConnected(organizationId: string, userId: string) {
  const { count } = await setAgentStatus(db, { organizationId, userId, status: "ONLINE", onlyIf: ["OFFLINE"] });
  if (count > 0) {
    publishToWorkspace(organizationId, "agent:status", { userId, status: "ONLINE" });
    await assignQueuedConversations(organizationId);
  }
}

export async function agentDisconnected(organizationId: string, userId: string) {
  const { count } = await setAgentStatus(db, { organizationId, userId, status: "OFFLINE", onlyIf: ["ONLINE"] });
  if (count > 0) publishToWorkspace(organizationId, "agent:status", { userId, status: "OFFLINE" });
}
