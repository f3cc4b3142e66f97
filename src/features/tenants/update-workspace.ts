import { recordAudit } from "@/features/audit/record-audit";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { Actor } from "./actor";
import { getWorkspace } from "./get-workspace";
import { getOrganizationWithSettings, updateOrganizationName, upsertSettings } from "./tenants.repository";
import type { TUpdateWorkspaceInput } from "./tenants.schemas";

// The schema's defaults (prisma/schema.prisma), for a workspace whose settings row is missing.
const DEFAULT_WIDEN_AFTER_SECS = 60;
const DEFAULT_TIMEOUT_MINS = 5;

export async function updateWorkspace({ actor, input }: { actor: Actor; input: TUpdateWorkspaceInput }) {
  const { organizationId } = actor;
  const { name, ...settings } = input;
  await db.$transaction(async (tx) => {
    if ("escalationWidenAfterSecs" in settings || "escalationTimeoutMins" in settings) {
      const current = (await getOrganizationWithSettings(tx, { organizationId }))?.settings;
      assertLadderOrder({
        widenAfterSecs: settings.escalationWidenAfterSecs ?? current?.escalationWidenAfterSecs ?? DEFAULT_WIDEN_AFTER_SECS,
        timeoutMins: settings.escalationTimeoutMins ?? current?.escalationTimeoutMins ?? DEFAULT_TIMEOUT_MINS,
      });
    }
    if (name) await updateOrganizationName(tx, { organizationId, name });
    if (Object.keys(settings).length > 0) await upsertSettings(tx, { organizationId, data: settings });
    await recordAudit({ organizationId, actorId: actor.userId, action: "workspace.updated", metadata: { fields: Object.keys(input) } }, tx);
  });
  return getWorkspace({ organizationId });
}

/** The ladder widens to every online agent first, then tells the visitor: the other way round is a mistake. */
function assertLadderOrder({ widenAfterSecs, timeoutMins }: { widenAfterSecs: number; timeoutMins: number }) {
  if (widenAfterSecs < timeoutMins * 60) return;
  const message = `must be shorter than the escalation timeout (${timeoutMins} min = ${timeoutMins * 60} s)`;
  throw new AppError("VALIDATION_FAILED", `escalationWidenAfterSecs: ${message}`, [{ path: "escalationWidenAfterSecs", message }]);
}
