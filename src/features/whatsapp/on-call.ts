// Who gets a WhatsApp alert on an escalation ("on call"): workspace members with a WhatsApp number
// in their profile who have not set themselves AWAY. OFFLINE counts as on call on purpose: it only
// means "not in the web inbox right now", which is the normal state of an agent who works from
// their phone; AWAY is the explicit "do not disturb". With a routed team that has such members,
// only they are alerted; the escalation ladder's first step (or a team without numbers) alerts all.
import { db } from "@/server/db";
import { findAgentsWithNumbers } from "./accounts.repository";

export async function findOnCallNumbers({ organizationId, teamId }: { organizationId: string; teamId: string | null }): Promise<string[]> {
  const agents = (await findAgentsWithNumbers(db, { organizationId })).filter((agent) => agent.status !== "AWAY");
  const inTeam = teamId ? agents.filter((agent) => agent.user.teamMemberships.some((membership) => membership.teamId === teamId)) : [];
  const chosen = inTeam.length > 0 ? inTeam : agents;
  return [...new Set(chosen.map((agent) => agent.user.whatsappNumber!))];
}
