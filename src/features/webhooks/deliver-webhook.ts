// The "webhook.deliver" job: one signed POST of a stored payload to one endpoint. A 2xx marks the
// delivery SENT; anything else (status, timeout, refused connection) records why and throws, so
// the queue retries with exponential backoff; the last attempt marks it FAILED.
import { UnrecoverableError } from "bullmq";
import { db } from "@/server/db";
import { logger } from "@/server/logger";
import { decryptSecret } from "@/server/secrets";
import { getDeliveryForSend, recordOutcome, startAttempt } from "./webhooks.repository";
import type { TDeliverWebhookJob } from "./webhooks.schemas";
import { WEBHOOK_MAX_ATTEMPTS } from "./webhook-retry";
import { signWebhook } from "./webhook-signature";

/** A receiver should answer at once and do its work later; 10 s is generous and keeps workers free. */
const TIMEOUT_MS = 10_000;
/** Enough of a receiver's error page to diagnose it, not enough to fill the table. */
const MAX_ERROR_CHARS = 300;

class DeliveryFailed extends Error {
  constructor(
    message: string,
    readonly responseStatus: number | null,
  ) {
    super(message);
  }
}

export async function deliverWebhook({ organizationId, deliveryId }: TDeliverWebhookJob) {
  const delivery = await getDeliveryForSend(db, { organizationId, deliveryId });
  if (!delivery || delivery.status !== "PENDING") return { skipped: true };
  if (!delivery.endpoint.enabled) {
    await recordOutcome(db, { organizationId, deliveryId, data: { status: "FAILED", responseStatus: null, lastError: "The endpoint is disabled" } });
    return { skipped: true };
  }
  const { attempts } = await startAttempt(db, { organizationId, deliveryId });
  const body = JSON.stringify(delivery.payload);
  try {
    const responseStatus = await post(delivery.endpoint.url, decryptSecret(delivery.endpoint.secret), delivery.eventId, body);
    await recordOutcome(db, { organizationId, deliveryId, data: { status: "SENT", responseStatus, lastError: null, deliveredAt: new Date() } });
    return { sent: true, attempts };
  } catch (error) {
    const failure = error instanceof DeliveryFailed ? error : new DeliveryFailed(describe(error), null);
    const last = attempts >= WEBHOOK_MAX_ATTEMPTS;
    await recordOutcome(db, { organizationId, deliveryId, data: { status: last ? "FAILED" : "PENDING", responseStatus: failure.responseStatus, lastError: failure.message } });
    logger.info({ organizationId, deliveryId, attempts, err: failure.message }, last ? "webhook delivery failed for good" : "webhook delivery failed; will retry");
    if (last) throw new UnrecoverableError(failure.message);
    throw failure;
  }
}

async function post(url: string, secret: string, eventId: string, body: string): Promise<number> {
  const timestamp = Math.floor(Date.now() / 1000);
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "user-agent": "Baton-Webhooks/1",
      "baton-webhook-id": eventId,
      "baton-webhook-timestamp": String(timestamp),
      "baton-webhook-signature": signWebhook(secret, timestamp, body),
    },
    body,
    // A redirect is answered as a failure rather than followed: the signed request goes only to
    // the URL the owner entered.
    redirect: "manual",
    signal: AbortSignal.timeout(TIMEOUT_MS),
  }).catch((error: unknown) => {
    throw new DeliveryFailed(describe(error), null);
  });
  if (response.status >= 200 && response.status < 300) {
    await response.body?.cancel();
    return response.status;
  }
  const text = (await response.text().catch(() => "")).slice(0, MAX_ERROR_CHARS);
  throw new DeliveryFailed(`HTTP ${response.status}${text ? `: ${text}` : ""}`, response.status);
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === "TimeoutError") return `No answer within ${TIMEOUT_MS / 1000} s`;
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    // fetch's own message is always "fetch failed"; the cause says why (ECONNREFUSED, bad port...).
    if (cause?.code) return `${error.message} (${cause.code})`;
    return cause?.message ? `${error.message}: ${cause.message}` : error.message;
  }
  return String(error);
}
