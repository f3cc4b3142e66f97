import { RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import { AppError } from "./errors";
import { getRedis, redisKey } from "./redis";

export interface RateLimit {
  name: string;
  points: number;
  durationSecs: number;
}

// Shared by every web process through Redis, so a limit holds behind a load balancer too.
const limiters = new Map<string, RateLimiterRedis>();

function limiterFor({ name, points, durationSecs }: RateLimit): RateLimiterRedis {
  let limiter = limiters.get(name);
  if (!limiter) {
    limiter = new RateLimiterRedis({
      storeClient: getRedis(),
      useRedisPackage: false,
      keyPrefix: redisKey("rl", name),
      points,
      duration: durationSecs,
    });
    limiters.set(name, limiter);
  }
  return limiter;
}

/** Spends one point for `key`; throws 429 with the seconds to wait when the budget is spent. */
export async function consumeRateLimit(limit: RateLimit, key: string): Promise<void> {
  try {
    await limiterFor(limit).consume(key);
  } catch (error) {
    if (error instanceof RateLimiterRes) {
      const retryAfter = Math.ceil(error.msBeforeNext / 1000);
      throw new AppError("RATE_LIMITED", `Too many attempts; try again in ${retryAfter} seconds`, { retryAfter });
    }
    throw error;
  }
}

export function clientIp(req: Request): string {
  // Behind a proxy the first X-Forwarded-For hop is the client; without one there is no IP header.
  return req.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || req.headers.get("x-real-ip") || "unknown";
}
