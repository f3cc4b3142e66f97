// Widget inboxes as the dashboard manages them: create, list, change settings and theme, and
// rotate the identity-verification secret (shown once, stored encrypted).
import { randomBytes } from "node:crypto";
import { recordAudit } from "@/features/audit/record-audit";
import type { Actor } from "@/features/tenants/actor";
import { toWidgetTheme } from "@/features/widget/widget-theme";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import { encryptSecret } from "@/server/secrets";
import { findInboxes as findRows, findRoutingTargets, getInbox, insertWidgetInbox, updateInbox as updateRow } from "./inboxes.repository";
import { toInboxDto, type TUpdateInboxInput } from "./inboxes.schemas";

export async function findInboxes({ organizationId }: { organizationId: string }) {
  return (await findRows(db, { organizationId })).map(toInboxDto);
}

export async function createInbox({ actor, name }: { actor: Actor; name: string }) {
  const row = await insertWidgetInbox(db, { organizationId: actor.organizationId, name, publicKey: `pk_${randomBytes(16).toString("base64url")}` });
  await recordAudit({ organizationId: actor.organizationId, actorId: actor.userId, action: "inbox.created", targetType: "inbox", targetId: row.id });
  return toInboxDto(row);
}

export async function updateInbox({ actor, inboxId, input }: { actor: Actor; inboxId: string; input: TUpdateInboxInput }) {
  const { organizationId } = actor;
  return db.$transaction(async (tx) => {
    const current = await getInbox(tx, { organizationId, inboxId });
    if (!current) throw notFound("Inbox");
    const { teamFound, businessHoursFound } = await findRoutingTargets(tx, { organizationId, teamId: input.defaultTeamId, businessHoursId: input.businessHoursId });
    if (!teamFound) throw notFound("Team");
    if (!businessHoursFound) throw notFound("Business hours");
    const { theme, ...rest } = input;
    const widgetSettings = theme ? { ...toWidgetTheme(current.widgetSettings), ...theme } : undefined;
    await updateRow(tx, { organizationId, inboxId, data: { ...rest, widgetSettings } });
    await recordAudit({ organizationId, actorId: actor.userId, action: "inbox.updated", targetType: "inbox", targetId: inboxId, metadata: { fields: Object.keys(input) } }, tx);
    return toInboxDto((await getInbox(tx, { organizationId, inboxId }))!);
  });
}

export async function rotateIdentitySecret({ actor, inboxId }: { actor: Actor; inboxId: string }) {
  const secret = randomBytes(32).toString("hex");
  if (!(await updateRow(db, { organizationId: actor.organizationId, inboxId, data: { identitySecret: encryptSecret(secret) } }))) throw notFound("Inbox");
  await recordAudit({ organizationId: actor.organizationId, actorId: actor.userId, action: "inbox.identity_secret_rotated", targetType: "inbox", targetId: inboxId });
  return { secret };
}
