// Replies held while their author is asked "take over?" (installations with confirmTakeover).
// Kept in Redis for a quarter of an hour: after that the question is stale and the reply is dropped.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { getRedis, redisKey } from "@/server/redis";

const ZHeldReply = z.object({
  organizationId: z.string(),
  conversationId: z.string(),
  eventId: z.string(),
  ts: z.string(),
  text: z.string(),
  slackUserId: z.string(),
});
export type HeldReply = z.infer<typeof ZHeldReply>;

const TTL_SECS = 15 * 60;
const key = (id: string) => redisKey("slack", "take-over", id);

export async function holdReply(reply: HeldReply): Promise<string> {
  const id = randomBytes(12).toString("hex");
  await getRedis().set(key(id), JSON.stringify(reply), "EX", TTL_SECS);
  return id;
}

/** Takes the held reply out (once): a second click finds nothing. */
export async function takeHeldReply(id: string): Promise<HeldReply | null> {
  if (!/^[0-9a-f]{24}$/.test(id)) return null;
  const raw = await getRedis().getdel(key(id));
  const parsed = raw ? ZHeldReply.safeParse(JSON.parse(raw)) : null;
  return parsed?.success ? parsed.data : null;
}
