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
//
// Two priorities share a channel. A new escalation's parent message is what an agent must see
// first, so it never queues behind a transcript or a thread update: a parent reserves the first
// slot after the last call and after earlier parents only (ignoring slots thread posts reserved),
// pushes the channel's next free slot past itself, and stays registered as pending until Slack
// answered it. A thread post (or a draft) at its gate yields to any pending parent due within the
// gap, and goes after it. Once a thread post has started nothing can overtake it: the one-second
// spacing is Slack's.
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
// A call passing the gate is "in flight" until its answer (last = now + ARGV[2], a bound past the
// client's timeout, in case its worker dies): the next call counts its second from that answer,
// never from the start of a call that may still be on its way (a busy event loop, a slow network).
const GATE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local last = tonumber(redis.call('GET', KEYS[1]) or '0')
local gap = tonumber(ARGV[1])
if last > now then return 50 end
if now - last < gap then return gap - (now - last) end
redis.call('SET', KEYS[1], now + tonumber(ARGV[2]), 'PX', tonumber(ARGV[2]) + 60000)
return 0`;

// After a call: the channel's last call is now, its answer (the gate waits a full gap from here).
const ANSWERED = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('SET', KEYS[1], now, 'PX', 60000)
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

// A parent's slot: after the channel's last call and the last parent's slot; it moves thread posts
// reserved from now on behind it and registers the parent as pending (a sorted set by slot).
// The same parent reserving again (its post scheduled right after the handoff commits and by the
// conversation event, racing) gets the slot it already has instead of using up a second one.
// KEYS: slot (next free for thread posts), last call, last parent slot, pending parents, this parent's slot.
const RESERVE_PARENT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local reserved = redis.call('GET', KEYS[5])
if reserved then return math.max(tonumber(reserved) - now, 0) end
local interval = tonumber(ARGV[1])
local gap = tonumber(ARGV[2])
local last = math.min(tonumber(redis.call('GET', KEYS[2]) or '0'), now)
local lastParent = tonumber(redis.call('GET', KEYS[3]) or '0')
local slot = math.max(now, last + gap, lastParent + interval)
redis.call('SET', KEYS[3], slot, 'PX', slot - now + 60000)
local nextFree = tonumber(redis.call('GET', KEYS[1]) or '0')
if nextFree < slot + interval then redis.call('SET', KEYS[1], slot + interval, 'PX', slot + interval - now + 60000) end
redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', now - tonumber(ARGV[4]))
redis.call('ZADD', KEYS[4], slot, ARGV[3])
redis.call('PEXPIRE', KEYS[4], slot - now + tonumber(ARGV[4]))
redis.call('SET', KEYS[5], slot, 'PX', slot - now + 60000)
return slot - now`;

// The gate of a thread post: as GATE, but it also waits while a parent is pending and due before
// this post plus a gap would be out of its way. KEYS: last call, pending parents.
const GATE_LOW = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local gap = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - tonumber(ARGV[2]))
local first = redis.call('ZRANGE', KEYS[2], 0, 0, 'WITHSCORES')
if first[2] and tonumber(first[2]) < now + gap then return math.max(tonumber(first[2]) + gap - now, 50) end
local last = tonumber(redis.call('GET', KEYS[1]) or '0')
if last > now then return 50 end
if now - last < gap then return gap - (now - last) end
redis.call('SET', KEYS[1], now + tonumber(ARGV[3]), 'PX', tonumber(ARGV[3]) + 60000)
return 0`;

/**
 * A reserved parent holds thread posts back until this long after its slot. Its job normally
 * starts at the slot and, once its call is in flight, the in-flight mark holds the channel anyway;
 * a parent job that ends without a call (the delivery was already sent, Slack was disconnected) or
 * whose worker died must not hold the channel for longer.
 */
const PENDING_PARENT_TTL_MS = 3_000;
/** How long a call counts as in flight without an answer: past the Slack client's 10 s timeout. */
const IN_FLIGHT_MS = 15_000;
/** A thread post that yielded to a parent tries again no sooner than this (each try is an attempt). */
const YIELD_RETRY_MS = 1_000;

const slotKey = (teamId: string, channelId: string) => redisKey("slack", "pace", teamId, channelId);
const lastKey = (teamId: string, channelId: string) => redisKey("slack", "last", teamId, channelId);
const parentSlotKey = (teamId: string, channelId: string) => redisKey("slack", "parent-slot", teamId, channelId);
const pendingKey = (teamId: string, channelId: string) => redisKey("slack", "pending-parents", teamId, channelId);
const parentReservationKey = (teamId: string, channelId: string, parentId: string) => redisKey("slack", "parent-reserved", teamId, channelId, parentId);

/** Reserves the channel's next free slot; resolves with how long to wait for it (0 = now). */
export async function reserveChannelSlot(teamId: string, channelId: string): Promise<number> {
  return Number(await getRedis().eval(RESERVE, 1, slotKey(teamId, channelId), SLOT_INTERVAL_MS));
}

/** A parent message's slot, ahead of thread posts (the same one when asked again); `parentId` stays pending until {@link releaseParent}. */
export async function reserveParentSlot(teamId: string, channelId: string, parentId: string): Promise<number> {
  const keys = [slotKey(teamId, channelId), lastKey(teamId, channelId), parentSlotKey(teamId, channelId), pendingKey(teamId, channelId), parentReservationKey(teamId, channelId, parentId)];
  return Number(await getRedis().eval(RESERVE_PARENT, keys.length, ...keys, SLOT_INTERVAL_MS, MIN_GAP_MS, parentId, PENDING_PARENT_TTL_MS));
}

/** The parent was answered (or gave up for now): thread posts no longer wait for it. */
export async function releaseParent(teamId: string, channelId: string, parentId: string): Promise<void> {
  await getRedis().zrem(pendingKey(teamId, channelId), parentId);
}

/**
 * Waits until the channel's last call is far enough behind, then records this one. A parent
 * (`priority: "parent"`) only waits for the last call; a thread post also lets pending parents go first.
 */
export async function passChannelGate(teamId: string, channelId: string, { maxWaitMs = 2_000, priority = "thread" }: { maxWaitMs?: number; priority?: "parent" | "thread" } = {}): Promise<void> {
  const deadline = Date.now() + maxWaitMs;
  for (;;) {
    const wait = Number(
      priority === "parent"
        ? await getRedis().eval(GATE, 1, lastKey(teamId, channelId), MIN_GAP_MS, IN_FLIGHT_MS)
        : await getRedis().eval(GATE_LOW, 2, lastKey(teamId, channelId), pendingKey(teamId, channelId), MIN_GAP_MS, PENDING_PARENT_TTL_MS, IN_FLIGHT_MS),
    );
    if (wait <= 0) return;
    if (Date.now() + wait > deadline) throw new ChannelBusy(priority === "parent" ? wait : Math.max(wait, YIELD_RETRY_MS));
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
