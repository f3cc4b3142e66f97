import { db } from "@/server/db";
import { logger } from "@/server/logger";
import { getRedis, redisKey } from "@/server/redis";
import { callSlack, type SlackConnection } from "./slack-connection";
import { findMemberByEmail } from "./slack-installations.repository";

export interface SlackPerson {
  slackUserId: string;
  /** The Baton member with the same email, if any: replies and claims are theirs. */
  userId: string | null;
  /** The Baton name when matched, else the Slack display name. */
  name: string;
}

// A Slack profile rarely changes; caching it spares users.info (its own rate limit) on every reply.
const PROFILE_TTL_SECS = 10 * 60;

/** Who a Slack user is in Baton: matched by email (users:read.email), else known by their Slack name. */
export async function identifySlackUser(connection: SlackConnection | null, slackUserId: string, fallbackName?: string): Promise<SlackPerson> {
  const profile = connection ? await slackProfile(connection, slackUserId) : null;
  const member = profile?.email ? await findMemberByEmail(db, { organizationId: connection!.organizationId, email: profile.email }) : null;
  if (member) return { slackUserId, userId: member.user.id, name: member.user.name };
  return { slackUserId, userId: null, name: profile?.name || fallbackName || "Slack user" };
}

async function slackProfile(connection: SlackConnection, slackUserId: string): Promise<{ email: string | null; name: string } | null> {
  const key = redisKey("slack", "profile", connection.slackTeamId, slackUserId);
  const cached = await getRedis().get(key);
  if (cached) return JSON.parse(cached) as { email: string | null; name: string };
  try {
    const { user } = await callSlack(connection, (client) => client.users.info({ user: slackUserId }));
    const profile = { email: user?.profile?.email ?? null, name: user?.profile?.display_name || user?.profile?.real_name || user?.real_name || user?.name || "Slack user" };
    await getRedis().set(key, JSON.stringify(profile), "EX", PROFILE_TTL_SECS);
    return profile;
  } catch (error) {
    // Without the profile the reply is still delivered, under the Slack name Slack gave us.
    logger.warn({ err: error, slackUserId }, "slack users.info failed");
    return null;
  }
}
