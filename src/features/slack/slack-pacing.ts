// Per-channel pacing for Slack posts, in Redis so every worker process shares it.
//
// Slack allows about one chat.postMessage per second per channel ("Rate limits", special tier).
// A global queue limiter would make 50 channels share one message per second; instead each post
// reserves the channel's next free slot when it is scheduled and its job is delayed until then, so
// channels never wait for each other and a burst in one channel spreads out instead of hitting 429.
// Right before the call a gate checks the real spacing once more: a job that started late must not
// leave its successor closer than a second behind it. The gate counts from when the previous call
// was answered (Slack had it by then), not from when it was sent: a request delayed on its way
// (a busy event loop, a slow network) cannot then arrive too close to the next one.
import { getRedis, redisKey } from "@/server/redis";

/** Between reserved slots: a second plus a margin for a job that starts a little late. */
export const SLOT_INTERVAL_MS = 1_100;
/** From one call's answer to the next call in the channel: a second, plus rounding of millisecond clocks. */
export const MIN_GAP_MS = 1_010;

// Redis time, so processes with different clocks agree. Returns the wait in ms before the slot.
const RESERVE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local nextFree = tonumber(redis.call('GET', KEYS[1]) or '0')
local slot = math.max(now, nextFree)
local interval = tonumber(ARGV[1])
redis.call('SET', KEYS[1], slot + interval, 'PX', slot + interval - now + 60000)
return slot - now`;

// Returns 0 and records the call when the last one is at least ARGV[1] ms ago, else the ms to wait.
const GATE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local last = tonumber(redis.call('GET', KEYS[1]) or '0')
local gap = tonumber(ARGV[1])
if now - last < gap then return gap - (now - last) end
redis.call('SET', KEYS[1], now, 'PX', 60000)
return 0`;

// After a call: the channel's last call is now (never moving it back).
const ANSWERED = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local last = tonumber(redis.call('GET', KEYS[1]) or '0')
if now > last then redis.call('SET', KEYS[1], now, 'PX', 60000) end
return 0`;

// Slack told us to wait: nothing is scheduled in the channel before then.
const HOLD = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local untilMs = now + tonumber(ARGV[1])
local nextFree = tonumber(redis.call('GET', KEYS[1]) or '0')
if untilMs > nextFree then redis.call('SET', KEYS[1], untilMs, 'PX', tonumber(ARGV[1]) + 60000) end
redis.call('SET', KEYS[2], untilMs - tonumber(ARGV[2]), 'PX', tonumber(ARGV[1]) + 60000)
return 0`;

const slotKey = (teamId: string, channelId: string) => redisKey("slack", "pace", teamId, channelId);
const lastKey = (teamId: string, channelId: string) => redisKey("slack", "last", teamId, channelId);

/** Reserves the channel's next free slot; resolves with how long to wait for it (0 = now). */
export async function reserveChannelSlot(teamId: string, channelId: string): Promise<number> {
  return Number(await getRedis().eval(RESERVE, 1, slotKey(teamId, channelId), SLOT_INTERVAL_MS));
}

/** Waits until the channel's last call is far enough behind, then records this one. */
export async function passChannelGate(teamId: string, channelId: string, maxWaitMs = 2_000): Promise<void> {
  const deadline = Date.now() + maxWaitMs;
  for (;;) {
    const wait = Number(await getRedis().eval(GATE, 1, lastKey(teamId, channelId), MIN_GAP_MS));
    if (wait <= 0) return;
    if (Date.now() + wait > deadline) throw new ChannelBusy(wait);
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

/** Records that the channel's call was answered: the next one waits a full gap from now. */
export async function markChannelAnswered(teamId: string, channelId: string): Promise<void> {
  await getRedis().eval(ANSWERED, 1, lastKey(teamId, channelId));
}

/** After a 429: holds every later slot of the channel until Slack's Retry-After has passed. */
export async function holdChannel(teamId: string, channelId: string, ms: number): Promise<void> {
  await getRedis().eval(HOLD, 2, slotKey(teamId, channelId), lastKey(teamId, channelId), ms, MIN_GAP_MS);
}

export class ChannelBusy extends Error {
  constructor(readonly waitMs: number) {
    super(`channel busy for ${waitMs} ms`);
  }
}
