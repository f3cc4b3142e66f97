// API keys: shown once at creation, stored as a SHA-256 hash. Keys are 32 random bytes, so a
// fast hash is enough (there is nothing to brute-force as there is with a password).
import { createHash, randomBytes } from "node:crypto";
import { recordAudit } from "@/features/audit/record-audit";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import type { Actor } from "./actor";
import type { ApiScope } from "./api-keys.schemas";
import { findApiKeys as findKeyRows, getActiveApiKeyByHash, insertApiKey, revokeApiKey as revokeKeyRow, touchApiKey } from "./api-keys.repository";

const KEY_PREFIX = "bk_";

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

/** `scopes` omitted: every scope, as keys made before scopes existed (see api-keys.schemas.ts). */
export async function createApiKey({ actor, name, scopes }: { actor: Actor; name: string; scopes?: ApiScope[] }) {
  const key = KEY_PREFIX + randomBytes(32).toString("base64url");
  const row = await db.$transaction(async (tx) => {
    const created = await insertApiKey(tx, {
      organizationId: actor.organizationId,
      name,
      prefix: key.slice(0, 10),
      hashedKey: hashApiKey(key),
      createdById: actor.userId,
      scopes,
    });
    await recordAudit(
      { organizationId: actor.organizationId, actorId: actor.userId, action: "api_key.created", targetType: "api_key", targetId: created.id, metadata: { name, scopes: created.scopes } },
      tx,
    );
    return created;
  });
  return { ...row, key };
}

export function findApiKeys({ actor }: { actor: Actor }) {
  return findKeyRows(db, { organizationId: actor.organizationId });
}

export async function revokeApiKey({ actor, apiKeyId }: { actor: Actor; apiKeyId: string }) {
  await db.$transaction(async (tx) => {
    if (!(await revokeKeyRow(tx, { organizationId: actor.organizationId, apiKeyId }))) throw notFound("API key");
    await recordAudit({ organizationId: actor.organizationId, actorId: actor.userId, action: "api_key.revoked", targetType: "api_key", targetId: apiKeyId }, tx);
  });
}

/** The workspace a presented key belongs to and what it may do, or null for an unknown or revoked key. */
export async function authenticateApiKey(key: string): Promise<{ organizationId: string; apiKeyId: string; scopes: string[] } | null> {
  if (!key.startsWith(KEY_PREFIX)) return null;
  const row = await getActiveApiKeyByHash(db, { hashedKey: hashApiKey(key) });
  if (!row) return null;
  await touchApiKey(db, { apiKeyId: row.id });
  return { organizationId: row.organizationId, apiKeyId: row.id, scopes: row.scopes };
}
