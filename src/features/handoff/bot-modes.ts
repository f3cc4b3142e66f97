// Per-inbox bot modes (Inbox.botMode):
// - BOT_ONLY: the bot answers; people join when a trigger escalates.
// - BOT_WITH_AGENTS: the same, and agents watch bot chats live and may jump in (a human reply
//   takes the conversation from the bot in the same transaction; see post-agent-message).
// - BOT_WHEN_OFFLINE: while an agent is online, people answer first; the bot takes a chat nobody
//   answered within the missed-chat timeout, and every chat when nobody is online.
// - AGENTS_ONLY: people only; the bot never answers.
import { enqueue } from "@/jobs/enqueue";
import { db } from "@/server/db";
import { logger } from "@/server/logger";
import { backToBot, cancelHandoffs, countOnlineAgents, findLastVisitorMessage, getInboxMode, hadAgentsFirstHandoff } from "./handoff.repository";
import { requestHandoff } from "./request-handoff";
import { publishConversation } from "@/features/inbox/publish-conversation";

const AGENTS_FIRST = [{ code: "agents_first" }];

/** Called before the bot answers a visitor message; true when people take it instead. */
export async function agentsAnswerFirst({ organizationId, conversationId }: { organizationId: string; conversationId: string }): Promise<boolean> {
  const conversation = await getInboxMode(db, { organizationId, conversationId });
  if (!conversation || conversation.status !== "BOT") return false;
  const mode = conversation.inbox.botMode;
  if (mode === "AGENTS_ONLY") {
    await requestHandoff({ organizationId, conversationId, reasons: AGENTS_FIRST });
    return true;
  }
  if (mode !== "BOT_WHEN_OFFLINE") return false;
  if (await hadAgentsFirstHandoff(db, { organizationId, conversationId })) return false;
  if ((await countOnlineAgents(db, { organizationId })) === 0) return false;
  const { handoffId } = await requestHandoff({ organizationId, conversationId, reasons: AGENTS_FIRST });
  if (handoffId) {
    const delayMs = (conversation.organization.settings?.missedChatTimeoutSecs ?? 180) * 1000;
    await enqueue("conversation.missed-chat", { organizationId, conversationId }, { jobId: `missed-chat-${handoffId}`, delayMs }).catch((error: unknown) =>
      logger.error({ err: error, conversationId }, "could not schedule the missed-chat timeout"),
    );
  }
  return true;
}

/** The missed-chat timeout: still waiting, so the bot takes the conversation (and answers). */
export async function takeMissedChat({ organizationId, conversationId }: { organizationId: string; conversationId: string }) {
  const taken = await db.$transaction(async (tx) => {
    const { count } = await backToBot(tx, { organizationId, conversationId });
    if (count === 0) return false;
    await cancelHandoffs(tx, { organizationId, conversationId });
    return true;
  });
  if (!taken) return null;
  await publishConversation(organizationId, conversationId);
  const conversation = await getInboxMode(db, { organizationId, conversationId });
  const [lastVisitorMessage] = await findLastVisitorMessage(db, { organizationId, conversationId });
  if (!conversation || !lastVisitorMessage) return null;
  // The caller (a job) has the bot answer this message now.
  return { visitor: { organizationId, contactId: conversation.contactId, inboxId: conversation.inboxId }, messageId: lastVisitorMessage.id };
}
