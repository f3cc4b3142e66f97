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

/**
 * The caller's address for rate limits. The web server (main.ts) sets CLIENT_IP_HEADER on every
 * request, overwriting anything the client sent, from the socket or (TRUST_PROXY) the proxy's
 * X-Forwarded-For. Route handlers called in-process by tests fall back to X-Forwarded-For.
 */
export function clientIp(req: Request): string {
  return req.headers.get(CLIENT_IP_HEADER) || req.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
}

export const CLIENT_IP_HEADER = "x-baton-client-ip";

export function resolveClientIp(headers: Record<string, string | string[] | undefined>, socketAddress: string | undefined, trustProxy: boolean): string {
  const forwarded = headers["x-forwarded-for"];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
  return (trustProxy && first) || socketAddress || "unknown";
}
