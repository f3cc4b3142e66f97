// "Add to Slack" (OAuth v2). The state is a random capability kept server-side in Redis, bound to
// the Baton workspace and person that started the flow, usable once, and gone after 10 minutes:
// a callback with another workspace's state, a replayed one or a forged one connects nothing.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { env } from "@/server/env";
import { getRedis, redisKey } from "@/server/redis";

export const OAUTH_AUTHORIZE_URL = "https://slack.com/oauth/v2/authorize";
// Post and update messages, read thread replies in public and private channels, and find who
// replied (users:read.email to match Baton members).
export const BOT_SCOPES = ["chat:write", "channels:history", "groups:history", "users:read", "users:read.email"];
const STATE_TTL_SECS = 10 * 60;

const ZState = z.object({ organizationId: z.string(), userId: z.string() });
const stateKey = (state: string) => redisKey("slack", "oauth-state", state);

export const oauthRedirectUri = () => `${env.PUBLIC_URL}/api/slack/oauth/callback`;
export const oauthConfigured = () => Boolean(env.SLACK_CLIENT_ID && env.SLACK_CLIENT_SECRET && env.SLACK_SIGNING_SECRET);

export async function createOAuthState(owner: z.infer<typeof ZState>): Promise<string> {
  const state = randomBytes(24).toString("base64url");
  await getRedis().set(stateKey(state), JSON.stringify(owner), "EX", STATE_TTL_SECS);
  return state;
}

/** Takes the state out of the store (GETDEL: a second use finds nothing). */
export async function consumeOAuthState(state: string): Promise<z.infer<typeof ZState> | null> {
  if (!/^[\w-]{20,64}$/.test(state)) return null;
  const raw = await getRedis().getdel(stateKey(state));
  const parsed = raw ? ZState.safeParse(JSON.parse(raw)) : null;
  return parsed?.success ? parsed.data : null;
}
