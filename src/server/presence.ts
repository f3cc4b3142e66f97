// Who is connected right now, counted per socket in Redis so every process (web, worker, route
// handlers) sees the same answer. A hash per workspace: field = contact or user id, value = open
// sockets. A web process that dies without disconnecting leaves counts behind; they expire with the
// hash a day after the last change, and an agent's explicit status is what routing trusts anyway.
import { getRedis, redisKey } from "./redis";

const TTL_SECS = 24 * 3600;
type Kind = "visitors" | "agents";

const key = (kind: Kind, organizationId: string) => redisKey("presence", kind, organizationId);

/** Counts a socket in; returns how many sockets this id now has open. */
export async function presenceJoin(kind: Kind, organizationId: string, id: string): Promise<number> {
  const [[, count]] = (await getRedis().multi().hincrby(key(kind, organizationId), id, 1).expire(key(kind, organizationId), TTL_SECS).exec()) as [[null, number], unknown];
  return count;
}

/** Counts a socket out; returns how many are left (0: the last one closed). */
export async function presenceLeave(kind: Kind, organizationId: string, id: string): Promise<number> {
  const redis = getRedis();
  const left = await redis.hincrby(key(kind, organizationId), id, -1);
  if (left <= 0) await redis.hdel(key(kind, organizationId), id);
  return Math.max(0, left);
}

/** Which of these ids have at least one socket open. */
export async function presenceOnline(kind: Kind, organizationId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  try {
    const counts = await getRedis().hmget(key(kind, organizationId), ...ids);
    return new Set(ids.filter((_, i) => Number(counts[i] ?? 0) > 0));
  } catch {
    // Presence is a nicety: an unreachable Redis shows everyone offline rather than failing the inbox.
    return new Set();
  }
}
