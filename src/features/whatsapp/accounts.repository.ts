// WhatsApp numbers connected to workspaces. Tokens and secrets are stored encrypted (the use-cases
// encrypt and decrypt); this file only moves rows, always scoped by organizationId except for the
// webhook's first lookup, where the account id in the URL is all there is (its signature decides).
import type { Prisma } from "@/generated/prisma/client";
import type { DbClient } from "@/server/db";

const WITH_INBOX = { inbox: { select: { id: true, name: true, channel: true } } } as const;

export function findAccounts(db: DbClient, { organizationId }: { organizationId: string }) {
  return db.whatsAppAccount.findMany({ where: { organizationId }, orderBy: { createdAt: "asc" }, include: WITH_INBOX });
}

export function getAccount(db: DbClient, { organizationId, accountId }: { organizationId: string; accountId: string }) {
  return db.whatsAppAccount.findFirst({ where: { id: accountId, organizationId }, include: WITH_INBOX });
}

/** The webhook's lookup by the id in its URL, before anything is trusted. */
export function getAccountForWebhook(db: DbClient, { accountId }: { accountId: string }) {
  return db.whatsAppAccount.findUnique({ where: { id: accountId } });
}

/** Accounts of one workspace by Meta's phone number ids (a webhook may carry several numbers). */
export function findAccountsByPhoneNumberIds(db: DbClient, { organizationId, phoneNumberIds }: { organizationId: string; phoneNumberIds: string[] }) {
  return db.whatsAppAccount.findMany({ where: { organizationId, phoneNumberId: { in: phoneNumberIds } } });
}

export function getAccountForInbox(db: DbClient, { organizationId, inboxId }: { organizationId: string; inboxId: string }) {
  return db.whatsAppAccount.findFirst({ where: { organizationId, inboxId }, orderBy: { createdAt: "asc" } });
}

/** The number that talks to agents (alerts, relays): the oldest active one with an alert template, else the oldest. */
export async function getConsoleAccount(db: DbClient, { organizationId }: { organizationId: string }) {
  return (
    (await db.whatsAppAccount.findFirst({ where: { organizationId, status: "ACTIVE", agentAlertTemplate: { not: null } }, orderBy: { createdAt: "asc" } })) ??
    db.whatsAppAccount.findFirst({ where: { organizationId }, orderBy: { createdAt: "asc" } })
  );
}

export function insertAccount(db: DbClient, data: Prisma.WhatsAppAccountUncheckedCreateInput) {
  return db.whatsAppAccount.create({ data, include: WITH_INBOX });
}

export async function updateAccount(db: DbClient, { organizationId, accountId, data }: { organizationId: string; accountId: string; data: Prisma.WhatsAppAccountUncheckedUpdateManyInput }) {
  const { count } = await db.whatsAppAccount.updateMany({ where: { id: accountId, organizationId }, data });
  return count === 1;
}

export async function deleteAccount(db: DbClient, { organizationId, accountId }: { organizationId: string; accountId: string }) {
  const { count } = await db.whatsAppAccount.deleteMany({ where: { id: accountId, organizationId } });
  return count === 1;
}

export function markNeedsAttention(db: DbClient, { organizationId, accountId, error }: { organizationId: string; accountId: string; error: string }) {
  return db.whatsAppAccount.updateMany({ where: { id: accountId, organizationId }, data: { status: "NEEDS_ATTENTION", lastError: error.slice(0, 500) } });
}

export function markActive(db: DbClient, { organizationId, accountId }: { organizationId: string; accountId: string }) {
  return db.whatsAppAccount.updateMany({ where: { id: accountId, organizationId, status: "NEEDS_ATTENTION" }, data: { status: "ACTIVE", lastError: null } });
}

export function insertWhatsAppInbox(db: DbClient, data: { organizationId: string; name: string; publicKey: string }) {
  return db.inbox.create({ data: { ...data, channel: "WHATSAPP" } });
}

export function getInboxChannel(db: DbClient, { organizationId, inboxId }: { organizationId: string; inboxId: string }) {
  return db.inbox.findFirst({ where: { id: inboxId, organizationId }, select: { id: true, channel: true } });
}

// ---------------------------------------------------------------- agents' numbers

/** The workspace member whose profile has this WhatsApp number (digits, as Meta's wa_id). */
export function findAgentByNumber(db: DbClient, { organizationId, waId }: { organizationId: string; waId: string }) {
  return db.member.findFirst({ where: { organizationId, user: { whatsappNumber: waId } }, include: { user: { select: { id: true, name: true } } }, orderBy: { createdAt: "asc" } });
}

export function findAgentsWithNumbers(db: DbClient, { organizationId }: { organizationId: string }) {
  return db.member.findMany({
    where: { organizationId, user: { whatsappNumber: { not: null } } },
    select: { userId: true, status: true, user: { select: { name: true, whatsappNumber: true, teamMemberships: { where: { organizationId }, select: { teamId: true } } } } },
    orderBy: { createdAt: "asc" },
  });
}

export function getUserNumber(db: DbClient, { userId }: { userId: string }) {
  return db.user.findUnique({ where: { id: userId }, select: { whatsappNumber: true } });
}

/** Another member of this workspace already using the number (numbers identify agents on inbound messages). */
export function findNumberOwner(db: DbClient, { organizationId, waId, exceptUserId }: { organizationId: string; waId: string; exceptUserId: string }) {
  return db.member.findFirst({ where: { organizationId, userId: { not: exceptUserId }, user: { whatsappNumber: waId } }, select: { userId: true } });
}

export function setUserNumber(db: DbClient, { userId, waId }: { userId: string; waId: string | null }) {
  return db.user.update({ where: { id: userId }, data: { whatsappNumber: waId }, select: { whatsappNumber: true } });
}
