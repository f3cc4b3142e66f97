// Agents' WhatsApp numbers (User.whatsappNumber): where escalation alerts go and how an inbound
// message is recognised as the agent console. Only the person themselves sets theirs: the number is
// on the user, shared by all their workspaces, so a manager of one workspace must not be able to
// redirect another workspace's alerts to a phone of their choosing.
import type { Actor } from "@/features/tenants/actor";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { findAgentsWithNumbers, findNumberOwner, getUserNumber, setUserNumber } from "./accounts.repository";
import type { OnCallAgentDto } from "./whatsapp.schemas";

export async function getMyWhatsAppNumber({ actor }: { actor: Actor }) {
  return { whatsappNumber: (await getUserNumber(db, { userId: actor.userId }))?.whatsappNumber ?? null };
}

export async function setMyWhatsAppNumber({ actor, whatsappNumber }: { actor: Actor; whatsappNumber: string | null }) {
  if (whatsappNumber && (await findNumberOwner(db, { organizationId: actor.organizationId, waId: whatsappNumber, exceptUserId: actor.userId }))) {
    throw new AppError("CONFLICT", "Another member of this workspace already uses that WhatsApp number");
  }
  return { whatsappNumber: (await setUserNumber(db, { userId: actor.userId, waId: whatsappNumber })).whatsappNumber };
}

/** Members with a number, and whether an escalation would alert them now (see on-call.ts). */
export async function findOnCallAgents({ organizationId }: { organizationId: string }): Promise<{ agents: OnCallAgentDto[] }> {
  const rows = await findAgentsWithNumbers(db, { organizationId });
  return {
    agents: rows.map((row) => ({ userId: row.userId, name: row.user.name, whatsappNumber: row.user.whatsappNumber!, status: row.status, onCall: row.status !== "AWAY" })),
  };
}
