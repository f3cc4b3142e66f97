/** Thrown from a WhatsApp job to have the queue retry it with backoff (throttled, Meta down, number busy). */
export class RetryLater extends Error {
  override name = "RetryLater";
}
