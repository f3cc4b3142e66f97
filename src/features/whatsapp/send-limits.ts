// Sending limits shared by every worker process through Redis:
// - per business number: Meta's throughput (80 messages/s by default, per the Cloud API
//   "Throughput" page; WhatsAppAccount.messagesPerSecond when Meta raised it);
// - per recipient: Meta's pair rate limit (about one message every 6 s to one user, with short
//   bursts tolerated; error 131056 past it). A conversation rarely gets near it, an agent console
//   during a rush might, so sends to one number are spaced instead of failing;
// - one sender at a time per recipient (a lock), so messages arrive in the order they were written.
// Each limit is a GCRA reservation (a "next free time" per key, in one Lua call): exact, with no
// fixed-window double bursts, and nothing to clean up beyond a key's own expiry.
import { randomUUID } from "node:crypto";
import { getRedis, redisKey } from "@/server/redis";

export const RECIPIENT_INTERVAL_MS = 6_000;
/** Messages one recipient may get back to back before spacing starts (well under Meta's burst allowance). */
export const RECIPIENT_BURST = 20;
// A held lock is renewed every LOCK_RENEW_MS while its work runs (a drain may wait out pacing for
// minutes); if the holder dies it expires after LOCK_TTL_MS, about when BullMQ notices the stalled
// job (30 s) and runs it again.
const LOCK_TTL_MS = 30_000;
const LOCK_RENEW_MS = 10_000;

// KEYS[1] = slot key; ARGV = interval ms, burst tolerance ms. Returns 0 when a slot is reserved,
// else the milliseconds to wait before asking again.
const RESERVE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local interval = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if tat < now then tat = now end
if tat - now > burst then return tat - now - burst end
redis.call('SET', KEYS[1], tat + interval, 'PX', math.ceil(tat + interval - now + 1000))
return 0`;

const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;
const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function reserve(key: string, intervalMs: number, burstMs: number): Promise<void> {
  for (;;) {
    const wait = Number(await getRedis().eval(RESERVE, 1, key, String(intervalMs), String(burstMs)));
    if (wait <= 0) return;
    await sleep(Math.min(wait, 1_000));
  }
}

/**
 * Waits for a slot under the number's throughput. Sends are spaced evenly (no burst allowance), so
 * no one-second window ever holds more than the limit; 5% headroom absorbs the few milliseconds
 * between taking a slot and the request reaching Meta.
 */
export function takeNumberSlot(phoneNumberId: string, perSecond: number): Promise<void> {
  const interval = (1000 / Math.max(1, perSecond)) * 1.05;
  return reserve(redisKey("wa", "rate", phoneNumberId), interval, 0);
}

/** Waits until one more message may go to this recipient from this number. */
export function takeRecipientSlot(phoneNumberId: string, to: string): Promise<void> {
  return reserve(redisKey("wa", "pair", phoneNumberId, to), RECIPIENT_INTERVAL_MS, RECIPIENT_INTERVAL_MS * (RECIPIENT_BURST - 1));
}

/**
 * Runs `work` while holding a lock named by `parts`, waiting up to `waitMs` for it.
 * Returns { ran: false } when the lock stayed busy (the caller retries later).
 */
export async function withLock<T>(parts: string[], waitMs: number, work: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }> {
  const key = redisKey("wa", "lock", ...parts);
  const token = randomUUID();
  const deadline = Date.now() + waitMs;
  while ((await getRedis().set(key, token, "PX", LOCK_TTL_MS, "NX")) !== "OK") {
    if (Date.now() >= deadline) return { ran: false };
    await sleep(25);
  }
  const renew = setInterval(() => void getRedis().eval(RENEW, 1, key, token, String(LOCK_TTL_MS)).catch(() => undefined), LOCK_RENEW_MS);
  try {
    return { ran: true, value: await work() };
  } finally {
    clearInterval(renew);
    await getRedis().eval(RELEASE, 1, key, token);
  }
}
