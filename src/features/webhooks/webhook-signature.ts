// How a receiver knows a request came from Baton: `v1=` + hex HMAC-SHA256 of `${timestamp}.${body}`
// with the endpoint's secret (the whole `whsec_...` string is the key). The timestamp is signed
// too, so a receiver can refuse old requests (replays); README "Outbound webhooks" has a verifier.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const SIGNATURE_VERSION = "v1";

export function generateWebhookSecret(): string {
  return "whsec_" + randomBytes(32).toString("base64url");
}

export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `${SIGNATURE_VERSION}=` + createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}

/** The receiver's side, used by tests and as the reference for the README snippet. */
export function verifyWebhookSignature(secret: string, timestamp: string, body: string, header: string): boolean {
  const expected = Buffer.from(signWebhook(secret, Number(timestamp), body));
  return header.split(",").some((candidate) => {
    const given = Buffer.from(candidate.trim());
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
