// Webhook endpoints as owners and admins manage them. The signing secret is made here, stored
// encrypted (src/server/secrets.ts) and returned once, in the answer to the create call.
import { recordAudit } from "@/features/audit/record-audit";
import type { Actor } from "@/features/tenants/actor";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import { encryptSecret } from "@/server/secrets";
import { generateWebhookSecret } from "./webhook-signature";
import { deleteEndpoint, findEndpoints, getEndpoint, insertEndpoint, updateEndpoint } from "./webhooks.repository";
import { toWebhookEndpointDto, type TCreateWebhookInput, type TUpdateWebhookInput } from "./webhooks.schemas";

export async function findWebhookEndpoints({ organizationId }: { organizationId: string }) {
  return { endpoints: (await findEndpoints(db, { organizationId })).map(toWebhookEndpointDto) };
}

export async function createWebhookEndpoint({ actor, input }: { actor: Actor; input: TCreateWebhookInput }) {
  const { organizationId } = actor;
  const secret = generateWebhookSecret();
  const row = await db.$transaction(async (tx) => {
    const created = await insertEndpoint(tx, { organizationId, data: { ...input, secret: encryptSecret(secret) } });
    await recordAudit({ organizationId, actorId: actor.userId, action: "webhook.created", targetType: "webhook_endpoint", targetId: created.id, metadata: { url: input.url, events: input.events } }, tx);
    return created;
  });
  return { ...toWebhookEndpointDto(row), secret };
}

export async function updateWebhookEndpoint({ actor, endpointId, input }: { actor: Actor; endpointId: string; input: TUpdateWebhookInput }) {
  const { organizationId } = actor;
  return db.$transaction(async (tx) => {
    if (!(await updateEndpoint(tx, { organizationId, endpointId, data: input }))) throw notFound("Webhook endpoint");
    await recordAudit({ organizationId, actorId: actor.userId, action: "webhook.updated", targetType: "webhook_endpoint", targetId: endpointId, metadata: { fields: Object.keys(input) } }, tx);
    return toWebhookEndpointDto((await getEndpoint(tx, { organizationId, endpointId }))!);
  });
}

/** Its deliveries go with it (cascade): pending sends find no row and stop. */
export async function deleteWebhookEndpoint({ actor, endpointId }: { actor: Actor; endpointId: string }) {
  const { organizationId } = actor;
  await db.$transaction(async (tx) => {
    const endpoint = await getEndpoint(tx, { organizationId, endpointId });
    if (!endpoint || !(await deleteEndpoint(tx, { organizationId, endpointId }))) throw notFound("Webhook endpoint");
    await recordAudit({ organizationId, actorId: actor.userId, action: "webhook.deleted", targetType: "webhook_endpoint", targetId: endpointId, metadata: { url: endpoint.url } }, tx);
  });
}
