import type { DbClient } from "@/server/db";

const PUBLIC_FIELDS = { id: true, name: true, prefix: true, scopes: true, lastUsedAt: true, createdAt: true, revokedAt: true } as const;

export function insertApiKey(
  db: DbClient,
  data: { organizationId: string; name: string; prefix: string; hashedKey: string; createdById: string; scopes?: string[] },
) {
  return db.apiKey.create({ data, select: PUBLIC_FIELDS });
}

export function findApiKeys(db: DbClient, { organizationId }: { organizationId: string }) {
  return db.apiKey.findMany({ where: { organizationId, revokedAt: null }, select: PUBLIC_FIELDS, orderBy: { createdAt: "desc" } });
}

export async function revokeApiKey(db: DbClient, { organizationId, apiKeyId }: { organizationId: string; apiKeyId: string }) {
  const { count } = await db.apiKey.updateMany({
    where: { id: apiKeyId, organizationId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count === 1;
}

/** Resolves a presented key to its workspace; the hash is the only thing stored. */
export function getActiveApiKeyByHash(db: DbClient, { hashedKey }: { hashedKey: string }) {
  return db.apiKey.findFirst({ where: { hashedKey, revokedAt: null }, select: { id: true, organizationId: true, scopes: true } });
}

export function touchApiKey(db: DbClient, { apiKeyId }: { apiKeyId: string }) {
  return db.apiKey.update({ where: { id: apiKeyId }, data: { lastUsedAt: new Date() } });
}
