// One Cloud API send with Baton's limits applied: the number's throughput and the recipient's
// pacing are waited for (Redis-wide, so several workers share them) before the call.
import { decryptSecret } from "@/server/secrets";
import { sendGraphMessage, type OutboundBody } from "./graph-client";
import { takeNumberSlot, takeRecipientSlot } from "./send-limits";

export interface SendingAccount {
  phoneNumberId: string;
  accessToken: string;
  messagesPerSecond: number;
}

export async function sendWithLimits(account: SendingAccount, to: string, body: OutboundBody) {
  await takeNumberSlot(account.phoneNumberId, account.messagesPerSecond);
  await takeRecipientSlot(account.phoneNumberId, to);
  return sendGraphMessage({ phoneNumberId: account.phoneNumberId, accessToken: decryptSecret(account.accessToken) }, to, body);
}
