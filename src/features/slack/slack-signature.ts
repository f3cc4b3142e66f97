// Slack's request signing (api.slack.com/authentication/verifying-requests-from-slack):
// "v0=" + hex HMAC-SHA256 of "v0:{timestamp}:{raw body}" with the signing secret. Pure, so the
// fake Slack in the tests signs with the same code Baton verifies with.
import { createHmac, timingSafeEqual } from "node:crypto";

/** Slack's own bound: a request older (or newer) than five minutes may be a replay. */
export const SIGNATURE_MAX_AGE_SECS = 5 * 60;

export function signSlackRequest(secret: string, timestamp: number | string, rawBody: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${rawBody}`).digest("hex")}`;
}

export type SignatureCheck = { ok: true; secret: string } | { ok: false; reason: "missing" | "stale" | "mismatch" };

/**
 * Checks the headers against each candidate secret (the app's, or a manual install's) and says
 * which one signed. Timestamps in the future count as stale too: clocks may drift, replays may not.
 */
export function verifySlackSignature(
  { signature, timestamp, rawBody, secrets, nowSecs = Math.floor(Date.now() / 1000) }: { signature: string | null; timestamp: string | null; rawBody: string; secrets: string[]; nowSecs?: number },
): SignatureCheck {
  if (!signature || !timestamp || !/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: "missing" };
  if (Math.abs(nowSecs - Number(timestamp)) > SIGNATURE_MAX_AGE_SECS) return { ok: false, reason: "stale" };
  const given = Buffer.from(signature);
  for (const secret of secrets) {
    const expected = Buffer.from(signSlackRequest(secret, timestamp, rawBody));
    if (expected.length === given.length && timingSafeEqual(expected, given)) return { ok: true, secret };
  }
  return { ok: false, reason: "mismatch" };
}
