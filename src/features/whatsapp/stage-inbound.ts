// Inbound messages wait in a Redis list per (number, sender) until the sender's job handles them,
// head first, under a per-sender lock: a customer who sends three lines quickly gets them stored and
// answered in that order, even when several workers pick up jobs at once. The job carries ids only;
// the list holds the messages (Redis is where the queue itself lives, so nothing less durable).
import { enqueue } from "@/jobs/enqueue";
import { getRedis, redisKey } from "@/server/redis";
import type { InboundMessage } from "./webhook-payload";

// A sender's backlog outlives any retry schedule; then it expires instead of lingering forever.
const BACKLOG_TTL_SECS = 7 * 24 * 3600;

export function inboundKey(accountId: string, from: string): string {
  return redisKey("wa", "inbound", accountId, from);
}

export function safeJobKey(value: string): string {
  return value.replace(/[^A-Za-z0-9_.-]/g, "_");
}

export async function stageInbound({ organizationId, accountId, from, items }: { organizationId: string; accountId: string; from: string; items: InboundMessage[] }) {
  if (items.length === 0) return;
  const key = inboundKey(accountId, from);
  await getRedis()
    .multi()
    .rpush(key, ...items.map((item) => JSON.stringify(item)))
    .expire(key, BACKLOG_TTL_SECS)
    .exec();
  // One job per webhook and sender, always: any run drains the whole list, and a redelivered
  // message is recognised when it is stored (its wamid), so extra jobs cost one empty look.
  await enqueue("whatsapp.inbound", { organizationId, accountId, from });
}
