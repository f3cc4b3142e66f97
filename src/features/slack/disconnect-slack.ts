import { recordAudit } from "@/features/audit/record-audit";
import type { Actor } from "@/features/tenants/actor";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import { deleteInstallation, getInstallation } from "./slack-installations.repository";

/** Forgets the connection (token, secret, channels). Threads stay, so history still makes sense. */
export async function disconnectSlack({ actor }: { actor: Actor }) {
  const installation = await getInstallation(db, { organizationId: actor.organizationId });
  if (!installation) throw notFound("Slack connection");
  await deleteInstallation(db, { organizationId: actor.organizationId, installationId: installation.id });
  await recordAudit({ organizationId: actor.organizationId, actorId: actor.userId, action: "slack.disconnected", targetType: "slack_installation", targetId: installation.id });
}
