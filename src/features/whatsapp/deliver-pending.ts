// The "whatsapp.deliver" job: sends everything waiting for one number, oldest first, one at a time
// under a per-recipient lock, so a visitor or an agent reads messages in the order they were
// written whichever worker picks which job. Any job for the number drains it; extra jobs find
// nothing to do. A throttled or failing send stops the drain (later messages must not overtake it)
// and the job is retried with backoff; after MAX_ATTEMPTS the delivery is marked failed and the
// rest go on.
import { enqueue } from "@/jobs/enqueue";
import { db } from "@/server/db";
import { logger } from "@/server/logger";
import { markActive, markNeedsAttention } from "./accounts.repository";
import { countAttempt, findNextPending, markDeliveryFailed, markDeliverySent, type PendingDelivery } from "./deliveries.repository";
import { WhatsAppApiError, type OutboundBody } from "./graph-client";
import { publishDelivery } from "./delivery-dto";
import { prepareDelivery } from "./prepare-delivery";
import { RetryLater } from "./retry-later";
import { sendWithLimits } from "./send-with-limits";
import { withLock } from "./send-limits";

export const MAX_ATTEMPTS = 8;
// Bounded runs keep one busy recipient from holding a worker; the rest continue in a new job.
const MAX_PER_RUN = 50;

export async function deliverPending({ organizationId, target }: { organizationId: string; target: string }) {
  // No waiting for the lock: its holder sends what this job was queued for (it drains everything),
  // and this worker slot stays free for other recipients.
  const run = await withLock([organizationId, target], 0, async () => {
    for (let handled = 0; handled < MAX_PER_RUN; handled++) {
      const next = await findNextPending(db, { organizationId, target });
      if (!next) return { done: true, handled };
      await deliverOne(organizationId, target, next);
    }
    return { done: false, handled: MAX_PER_RUN };
  });
  if (!run.ran) return { busy: true };
  // Something queued after the last look but before the lock was released would otherwise wait
  // for the next message to this number: look once more, now that the lock is free.
  if (!run.value.done || (await findNextPending(db, { organizationId, target }))) await enqueue("whatsapp.deliver", { organizationId, target });
  return run.value;
}

async function deliverOne(organizationId: string, target: string, next: PendingDelivery) {
  const prepared = await prepareDelivery(organizationId, next);
  const ids = { organizationId, kind: next.kind, id: next.id, messageId: prepared.messageId };
  if (prepared.skip) {
    await markDeliveryFailed(db, { ...ids, error: prepared.skip });
    if (prepared.messageId) await publishDelivery(organizationId, prepared.messageId);
    return;
  }
  const attempts = await countAttempt(db, { organizationId, kind: next.kind, id: next.id });
  const account = prepared.account;
  try {
    const { wamid } = await sendFirstThatFits(account, target, prepared.body, prepared.fallback);
    await markDeliverySent(db, { ...ids, wamid });
    if (prepared.messageId) await publishDelivery(organizationId, prepared.messageId);
    if (account.status === "NEEDS_ATTENTION") await markActive(db, { organizationId, accountId: account.id });
  } catch (error) {
    if (!(error instanceof WhatsAppApiError)) throw error;
    if (error.retriable && attempts < MAX_ATTEMPTS) {
      logger.warn({ organizationId, delivery: next, code: error.code, attempts }, "whatsapp send throttled or failed; retrying later");
      throw new RetryLater(error.message);
    }
    if (error.kind === "auth") await markNeedsAttention(db, { organizationId, accountId: account.id, error: error.message });
    await markDeliveryFailed(db, { ...ids, error: { code: error.code, message: error.message } });
    if (prepared.messageId) await publishDelivery(organizationId, prepared.messageId);
  }
}

/** Free text first; if Meta says the window closed meanwhile and there is a template, the template. */
async function sendFirstThatFits(account: Parameters<typeof sendWithLimits>[0], to: string, body: OutboundBody, fallback?: OutboundBody) {
  try {
    return await sendWithLimits(account, to, body);
  } catch (error) {
    if (fallback && error instanceof WhatsAppApiError && error.kind === "window_closed") return sendWithLimits(account, to, fallback);
    throw error;
  }
}
