// The Slack benchmark's workspace: a manual Slack connection to the fake, one team per channel,
// and a keyword routing rule per team, so conversation i (which mentions keyword i mod channels)
// lands in channel i mod channels and escalations spread evenly, as routing spreads them in a
// real support org. Built through the same use-cases as the dashboard's routes.
// Imports src: load it only after process.env is set.
import { randomUUID } from "node:crypto";
import { connectSlackManually } from "@/features/slack/connect-slack-manually";
import { addSlackChannel } from "@/features/slack/manage-slack-channels";
import { postVisitorMessage } from "@/features/widget/post-visitor-message";
import { db } from "@/server/db";
import { mapLimit, type SeededVisitor } from "./escalation-seed";

/** Letters only ("topicab"), so the keyword is one word whatever the text normalizer splits on. */
export function topicKeyword(index: number): string {
  const letters = "abcdefghijklmnopqrstuvwxyz";
  return `topic${letters[Math.floor(index / 26) % 26]}${letters[index % 26]}`;
}

export const channelIdOf = (index: number) => `C0BENCH${String(index).padStart(3, "0")}`;

export async function seedSlackRouting({ organizationId, userId, botToken, channels }: { organizationId: string; userId: string; botToken: string; channels: number }) {
  const actor = { organizationId, userId, role: "owner" as const };
  await connectSlackManually({ actor, input: { botToken, signingSecret: "b".repeat(32), defaultChannelId: "C0DEFAULT" } });
  for (let i = 0; i < channels; i++) {
    const team = await db.team.create({ data: { organizationId, name: `Team ${i + 1}` } });
    await addSlackChannel({ actor, input: { channelId: channelIdOf(i), teamId: team.id, alertsOnly: false } });
    await db.routingRule.create({ data: { organizationId, name: `Topic ${i + 1}`, position: i, keywords: [topicKeyword(i)], teamId: team.id } });
  }
}

/** One bot conversation per visitor; the i-th mentions topic i mod `channels`. */
export async function seedTopicConversations(organizationId: string, inboxId: string, visitors: SeededVisitor[], channels: number): Promise<string[]> {
  return mapLimit(visitors, 10, async ({ contactId }, i) => {
    const posted = await postVisitorMessage({
      visitor: { organizationId, inboxId, contactId },
      input: { clientId: randomUUID(), text: `Hello, a question about ${topicKeyword(i % channels)} and my last order.` },
    });
    if (posted.conversationStatus !== "BOT") throw new Error(`a new conversation should start with the bot, got ${posted.conversationStatus}`);
    return posted.message.conversationId;
  });
}
