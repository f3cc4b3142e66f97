// Meta's webhook verification (GET): it sends hub.mode=subscribe, the verify token configured in
// its dashboard and a challenge; echoing the challenge proves this URL belongs to the account.
import { timingSafeEqual } from "node:crypto";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { decryptSecret } from "@/server/secrets";
import { getAccountForWebhook } from "./accounts.repository";

export async function verifyWebhookHandshake({ accountId, mode, token, challenge }: { accountId: string; mode: string | null; token: string | null; challenge: string | null }) {
  const account = await getAccountForWebhook(db, { accountId });
  const expected = Buffer.from(account ? decryptSecret(account.verifyToken) : "");
  const given = Buffer.from(token ?? "");
  const matches = account !== null && expected.length === given.length && timingSafeEqual(expected, given);
  if (mode !== "subscribe" || !matches || !challenge) throw new AppError("FORBIDDEN", "Verification failed");
  return challenge;
}
