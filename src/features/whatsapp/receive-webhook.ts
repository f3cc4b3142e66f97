// Meta's webhook (POST): verified against the account's app secret over the raw bytes, then only
// queued, so Meta gets its 200 within milliseconds (it retries slow or failed deliveries).
// Messages are staged per sender (stage-inbound.ts) and processed in order by a job; statuses go to
// a job of their own. Each entry is routed by metadata.phone_number_id, and only to numbers of the
// same workspace as the account whose secret signed the body.
import { AppError } from "@/server/errors";
import { db } from "@/server/db";
import { enqueue } from "@/jobs/enqueue";
import { logger } from "@/server/logger";
import { decryptSecret } from "@/server/secrets";
import { findAccountsByPhoneNumberIds, getAccountForWebhook } from "./accounts.repository";
import { isValidWebhookSignature } from "./signature";
import { stageInbound } from "./stage-inbound";
import { readWebhookBody, ZWebhookBody, type InboundMessage } from "./webhook-payload";

export async function receiveWebhook({ accountId, rawBody, signature }: { accountId: string; rawBody: Uint8Array; signature: string | null }) {
  const account = await getAccountForWebhook(db, { accountId });
  // The same answer for an unknown account and a bad signature: nothing to learn by probing.
  if (!account || !isValidWebhookSignature(rawBody, signature, decryptSecret(account.appSecret))) {
    throw new AppError("UNAUTHORIZED", "Invalid X-Hub-Signature-256");
  }
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(rawBody).toString("utf8"));
  } catch {
    throw new AppError("BAD_REQUEST", "Malformed JSON body");
  }
  const parsed = ZWebhookBody.safeParse(json);
  if (!parsed.success) return { messages: 0, statuses: 0 };
  const { messages, statuses } = readWebhookBody(parsed.data);
  const { organizationId } = account;
  const numbers = [...new Set([...messages, ...statuses].map((item) => item.phoneNumberId))];
  const accounts = new Map((await findAccountsByPhoneNumberIds(db, { organizationId, phoneNumberIds: numbers })).map((row) => [row.phoneNumberId, row]));
  const unknown = numbers.filter((number) => !accounts.has(number));
  if (unknown.length > 0) logger.warn({ organizationId, accountId, unknown }, "whatsapp webhook for numbers this workspace has not connected; ignored");

  const bySender = new Map<string, { accountId: string; from: string; items: InboundMessage[] }>();
  for (const message of messages) {
    const target = accounts.get(message.phoneNumberId);
    if (!target) continue;
    const key = `${target.id} ${message.from}`;
    const group = bySender.get(key) ?? { accountId: target.id, from: message.from, items: [] };
    group.items.push(message);
    bySender.set(key, group);
  }
  for (const group of bySender.values()) await stageInbound({ organizationId, ...group });

  const known = statuses.filter((status) => accounts.has(status.phoneNumberId));
  if (known.length > 0) {
    await enqueue("whatsapp.statuses", {
      organizationId,
      statuses: known.map((status) => ({ wamid: status.wamid, status: status.status, error: status.error })),
    });
  }
  return { messages: messages.length, statuses: known.length };
}
