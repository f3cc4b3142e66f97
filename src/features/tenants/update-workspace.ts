import { recordAudit } from "@/features/audit/record-audit";
import { db } from "@/server/db";
import type { Actor } from "./actor";
import { getWorkspace } from "./get-workspace";
import { updateOrganizationName, upsertSettings } from "./tenants.repository";
import type { TUpdateWorkspaceInput } from "./tenants.schemas";

export async function updateWorkspace({ actor, input }: { actor: Actor; input: TUpdateWorkspaceInput }) {
  const { organizationId } = actor;
  const { name, ...settings } = input;
  await db.$transaction(async (tx) => {
    if (name) await updateOrganizationName(tx, { organizationId, name });
    if (Object.keys(settings).length > 0) await upsertSettings(tx, { organizationId, data: settings });
    await recordAudit({ organizationId, actorId: actor.userId, action: "workspace.updated", metadata: { fields: Object.keys(input) } }, tx);
  });
  return getWorkspace({ organizationId });
}
