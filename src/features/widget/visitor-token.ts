// Short-lived signed visitor tokens: the widget's bearer credential for REST and the /widget socket.
// HMAC-SHA256 over the payload with a key derived from BETTER_AUTH_SECRET (a separate key, so a
// visitor token can never be confused with a session cookie signature).
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { env } from "@/server/env";

export const VISITOR_TOKEN_TTL_SECS = 60 * 60;

export interface VisitorClaims {
  organizationId: string;
  inboxId: string;
  contactId: string;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

const key = Buffer.from(hkdfSync("sha256", env.BETTER_AUTH_SECRET, "baton", "visitor-token-v1", 32));

function sign(payload: string): string {
  return createHmac("sha256", key).update(payload).digest("base64url");
}

export function signVisitorToken(claims: Omit<VisitorClaims, "exp">, now = Date.now()): { token: string; expiresAt: Date } {
  const exp = Math.floor(now / 1000) + VISITOR_TOKEN_TTL_SECS;
  const payload = Buffer.from(JSON.stringify({ o: claims.organizationId, i: claims.inboxId, c: claims.contactId, exp })).toString("base64url");
  return { token: `${payload}.${sign(payload)}`, expiresAt: new Date(exp * 1000) };
}

/** The claims of a valid, unexpired token; null for anything else. */
export function verifyVisitorToken(token: string, now = Date.now()): VisitorClaims | null {
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const data = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<string, unknown>;
    if (typeof data.o !== "string" || typeof data.i !== "string" || typeof data.c !== "string" || typeof data.exp !== "number") return null;
    if (data.exp * 1000 <= now) return null;
    return { organizationId: data.o, inboxId: data.i, contactId: data.c, exp: data.exp };
  } catch {
    return null;
  }
}
