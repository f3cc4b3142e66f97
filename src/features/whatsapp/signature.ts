// Meta signs every webhook POST with the app secret: X-Hub-Signature-256 = "sha256=" + hex
// HMAC-SHA256 of the raw request bytes. Verify the bytes as received: re-serialised JSON differs.
import { createHmac, timingSafeEqual } from "node:crypto";

export function signWebhookBody(rawBody: Uint8Array, appSecret: string): string {
  return `sha256=${createHmac("sha256", appSecret).update(rawBody).digest("hex")}`;
}

export function isValidWebhookSignature(rawBody: Uint8Array, header: string | null, appSecret: string): boolean {
  if (!header || !header.startsWith("sha256=")) return false;
  const expected = Buffer.from(signWebhookBody(rawBody, appSecret));
  const given = Buffer.from(header.trim());
  return expected.length === given.length && timingSafeEqual(expected, given);
}
