// The "whatsapp.inbound" job: handles a sender's staged messages in order (see stage-inbound.ts).
// One run at a time per sender (a Redis lock); a job that finds it taken leaves its messages to it.
// A message is removed from the list only after it was handled, so a crash or a retry resumes at
// the same message; one that keeps failing is dropped after a few tries instead of blocking the
// sender for good.
import { db } from "@/server/db";
import { logger } from "@/server/logger";
import { getRedis, redisKey } from "@/server/redis";
import { findAgentByNumber, getAccount } from "./accounts.repository";
import { receiveAgentMessage } from "./receive-agent-message";
import { receiveVisitorMessage } from "./receive-visitor-message";
import { enqueue } from "@/jobs/enqueue";
import { withLock } from "./send-limits";
import { inboundKey } from "./stage-inbound";
import type { InboundMessage } from "./webhook-payload";

const MAX_TRIES_PER_MESSAGE = 5;

export async function processInbound({ organizationId, accountId, from }: { organizationId: string; accountId: string; from: string }) {
  // The list is keyed by account only: a payload naming another workspace's number must not drain
  // (and so drop) that number's messages. They stay for that workspace's own job.
  if (!(await getAccount(db, { organizationId, accountId }))) return { handled: 0, ignored: "not this workspace's number" };
  const key = inboundKey(accountId, from);
  // No waiting for the lock: whoever holds it handles this job's messages too, in order.
  const run = await withLock(["in", accountId, from], 0, async () => {
    let handled = 0;
    for (;;) {
      const raw = await getRedis().lindex(key, 0);
      if (!raw) return handled;
      const message = JSON.parse(raw) as InboundMessage;
      if (await handleOrGiveUp(organizationId, accountId, message)) handled += 1;
      await getRedis().lpop(key);
    }
  });
  if (!run.ran) return { busy: true };
  // A message staged after the last look, whose job found the lock taken, gets a job of its own.
  if ((await getRedis().llen(key)) > 0) await enqueue("whatsapp.inbound", { organizationId, accountId, from });
  return { handled: run.value };
}

async function handleOrGiveUp(organizationId: string, accountId: string, message: InboundMessage): Promise<boolean> {
  try {
    await handle(organizationId, accountId, message);
    return true;
  } catch (error) {
    const triesKey = redisKey("wa", "inbound-tries", message.wamid);
    const tries = await getRedis().incr(triesKey);
    await getRedis().expire(triesKey, 24 * 3600);
    if (tries < MAX_TRIES_PER_MESSAGE) throw error;
    logger.error({ err: error, organizationId, wamid: message.wamid }, "whatsapp message dropped after repeated failures");
    return false;
  }
}

async function handle(organizationId: string, accountId: string, message: InboundMessage) {
  const account = await getAccount(db, { organizationId, accountId });
  if (!account) return;
  // A message from an agent's own number is the agent console, never a customer conversation.
  const agent = await findAgentByNumber(db, { organizationId, waId: message.from });
  if (agent) return receiveAgentMessage({ organizationId, agent: { userId: agent.userId, name: agent.user.name }, message });
  if (!account.inboxId) {
    logger.warn({ organizationId, accountId }, "whatsapp number has no inbox; message not stored");
    return;
  }
  return receiveVisitorMessage({ organizationId, inboxId: account.inboxId, message });
}
