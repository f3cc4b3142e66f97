// Retry policy of webhook sends, read by the queue (src/jobs/queues.ts) and by the sender, which
// marks a delivery FAILED on its last attempt. 10 tries 2 s apart doubling: about 17 minutes.
export const WEBHOOK_MAX_ATTEMPTS = 10;
export const WEBHOOK_BACKOFF_MS = 2_000;
