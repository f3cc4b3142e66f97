import { recordAudit } from "@/features/audit/record-audit";
import { db } from "@/server/db";
import { logger } from "@/server/logger";
import { publishToWorkspace } from "@/server/publish";
import { getInstallationById, setInstallationStatus } from "./slack-installations.repository";

/**
 * The connection stopped working (token revoked, app uninstalled): the dashboard shows it with the
 * reason and a reconnect button, the audit log keeps when and why, and signed-in admins are told
 * at once. Only the first report of an incident is announced.
 */
export async function markSlackAttention({ organizationId, installationId, reason }: { organizationId: string; installationId: string; reason: string }) {
  const installation = await getInstallationById(db, { organizationId, installationId });
  if (!installation || installation.status === "NEEDS_ATTENTION") return { changed: false };
  await db.$transaction(async (tx) => {
    await setInstallationStatus(tx, { organizationId, installationId, status: "NEEDS_ATTENTION", lastError: reason });
    await recordAudit({ organizationId, actorId: null, action: "slack.needs_attention", targetType: "slack_installation", targetId: installationId, metadata: { reason } }, tx);
  });
  logger.warn({ organizationId, installationId, reason }, "slack connection needs attention");
  publishToWorkspace(organizationId, "integration:attention", { integration: "slack", status: "NEEDS_ATTENTION", reason });
  return { changed: true };
}
