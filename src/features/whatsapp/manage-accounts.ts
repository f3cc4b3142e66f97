// Connecting WhatsApp numbers (Dashboard > WhatsApp): the access token, app secret and verify token
// are encrypted at rest; each number gets (or links) a WhatsApp inbox, where its conversations live.
import { randomBytes } from "node:crypto";
import { recordAudit } from "@/features/audit/record-audit";
import type { Actor } from "@/features/tenants/actor";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { AppError, notFound } from "@/server/errors";
import { decryptSecret, encryptSecret } from "@/server/secrets";
import { deleteAccount as deleteRow, findAccounts, getAccount, getInboxChannel, insertAccount, insertWhatsAppInbox, updateAccount as updateRow } from "./accounts.repository";
import type { TCreateAccountInput, TUpdateAccountInput, WhatsAppAccountDto } from "./whatsapp.schemas";

type AccountRow = NonNullable<Awaited<ReturnType<typeof getAccount>>>;

export function webhookUrl(accountId: string): string {
  return `${env.PUBLIC_URL.replace(/\/$/, "")}/api/whatsapp/webhook/${accountId}`;
}

function toDto(row: AccountRow): WhatsAppAccountDto {
  const token = decryptSecret(row.accessToken);
  return {
    id: row.id,
    phoneNumberId: row.phoneNumberId,
    businessAccountId: row.businessAccountId,
    displayPhone: row.displayPhone,
    inbox: row.inbox ? { id: row.inbox.id, name: row.inbox.name } : null,
    agentAlertTemplate: row.agentAlertTemplate,
    followUpTemplate: row.followUpTemplate,
    templateLanguage: row.templateLanguage,
    messagesPerSecond: row.messagesPerSecond,
    status: row.status,
    lastError: row.lastError,
    webhookUrl: webhookUrl(row.id),
    verifyToken: decryptSecret(row.verifyToken),
    accessTokenHint: `…${token.slice(-4)}`,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function findWhatsAppAccounts({ organizationId }: { organizationId: string }) {
  return { accounts: (await findAccounts(db, { organizationId })).map(toDto) };
}

export async function createWhatsAppAccount({ actor, input }: { actor: Actor; input: TCreateAccountInput }) {
  const { organizationId } = actor;
  const row = await db.$transaction(async (tx) => {
    let inboxId = input.inboxId;
    if (inboxId) {
      const inbox = await getInboxChannel(tx, { organizationId, inboxId });
      if (!inbox) throw notFound("Inbox");
      if (inbox.channel !== "WHATSAPP") throw new AppError("BAD_REQUEST", "Link a WhatsApp inbox, not a widget inbox");
    } else {
      const name = `WhatsApp ${input.displayPhone ?? input.phoneNumberId}`;
      // Inboxes need a unique public key; a WhatsApp inbox never embeds a widget, so it is just random.
      inboxId = (await insertWhatsAppInbox(tx, { organizationId, name, publicKey: `pk_wa_${randomBytes(16).toString("base64url")}` })).id;
    }
    const created = await insertAccount(tx, {
      organizationId,
      inboxId,
      phoneNumberId: input.phoneNumberId,
      businessAccountId: input.businessAccountId,
      displayPhone: input.displayPhone ?? null,
      accessToken: encryptSecret(input.accessToken),
      appSecret: encryptSecret(input.appSecret),
      verifyToken: encryptSecret(input.verifyToken ?? randomBytes(24).toString("base64url")),
      agentAlertTemplate: input.agentAlertTemplate ?? null,
      followUpTemplate: input.followUpTemplate ?? null,
      templateLanguage: input.templateLanguage,
      messagesPerSecond: input.messagesPerSecond,
    });
    await recordAudit({ organizationId, actorId: actor.userId, action: "whatsapp.connected", targetType: "whatsapp_account", targetId: created.id, metadata: { phoneNumberId: input.phoneNumberId } }, tx);
    return created;
  });
  return toDto(row);
}

export async function updateWhatsAppAccount({ actor, accountId, input }: { actor: Actor; accountId: string; input: TUpdateAccountInput }) {
  const { organizationId } = actor;
  const { accessToken, appSecret, verifyToken, ...plain } = input;
  const changed = await updateRow(db, {
    organizationId,
    accountId,
    data: {
      ...plain,
      ...(accessToken ? { accessToken: encryptSecret(accessToken), status: "ACTIVE" as const, lastError: null } : {}),
      ...(appSecret ? { appSecret: encryptSecret(appSecret) } : {}),
      ...(verifyToken ? { verifyToken: encryptSecret(verifyToken) } : {}),
    },
  });
  if (!changed) throw notFound("WhatsApp number");
  // Field names only: the audit log never holds secrets.
  await recordAudit({ organizationId, actorId: actor.userId, action: "whatsapp.updated", targetType: "whatsapp_account", targetId: accountId, metadata: { fields: Object.keys(input) } });
  return toDto((await getAccount(db, { organizationId, accountId }))!);
}

/** Disconnects the number; its inbox and conversations stay (history is the business's). */
export async function deleteWhatsAppAccount({ actor, accountId }: { actor: Actor; accountId: string }) {
  if (!(await deleteRow(db, { organizationId: actor.organizationId, accountId }))) throw notFound("WhatsApp number");
  await recordAudit({ organizationId: actor.organizationId, actorId: actor.userId, action: "whatsapp.disconnected", targetType: "whatsapp_account", targetId: accountId });
}
