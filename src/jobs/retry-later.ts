/**
 * Thrown by a processor when its job should simply run again after `retryAfterMs`: a rate limit
 * (Retry-After) or a busy channel is not a failure, so the worker delays the job without spending
 * one of its attempts (see worker.ts). Only a real error counts towards the job's attempts.
 */
export class RetryLater extends Error {
  constructor(
    message: string,
    readonly retryAfterMs: number,
  ) {
    super(message);
    this.name = "RetryLater";
  }
}

/** Past this age a job's deferrals count as failures again, so an endless rate limit still ends. */
export const MAX_DEFERRAL_AGE_MS = 60 * 60_000;
