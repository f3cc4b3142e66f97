import { randomUUID } from "node:crypto";
import * as claimRoute from "@/app/api/inbox/conversations/[conversationId]/claim/route";
import * as messagesRoute from "@/app/api/inbox/conversations/[conversationId]/messages/route";
import * as widgetHandoffRoute from "@/app/api/widget/handoff/route";
import * as widgetMessagesRoute from "@/app/api/widget/messages/route";
import { drainBackground } from "@/server/background";
import { call } from "./routes";
import { bearer, startVisitor } from "./widget";

/** A new visitor who says something and then presses "Talk to a human". */
export async function escalatedVisitor(publicKey: string, text = "My order arrived broken") {
  const visitor = await startVisitor(publicKey);
  await visitorSays(visitor.token, text);
  await drainBackground();
  const handoff = await call(widgetHandoffRoute.POST, "POST", "/api/widget/handoff", { headers: bearer(visitor.token), body: {} });
  if (handoff.status !== 201) throw new Error(`handoff failed: ${handoff.status} ${JSON.stringify(handoff.body)}`);
  return { ...visitor, conversationId: handoff.body.conversation.id as string, handoff: handoff.body };
}

export function visitorSays(token: string, text: string) {
  return call(widgetMessagesRoute.POST, "POST", "/api/widget/messages", { headers: bearer(token), body: { clientId: randomUUID(), text } });
}

export function visitorMessages(token: string, after = 0) {
  return call(widgetMessagesRoute.GET, "GET", `/api/widget/messages?after=${after}`, { headers: bearer(token) });
}

export function claim(cookie: string, conversationId: string) {
  return call(claimRoute.POST, "POST", `/api/inbox/conversations/${conversationId}/claim`, { cookie, params: { conversationId } });
}

export function agentSays(cookie: string, conversationId: string, text: string, options: { note?: boolean; clientId?: string } = {}) {
  return call(messagesRoute.POST, "POST", `/api/inbox/conversations/${conversationId}/messages`, {
    cookie,
    params: { conversationId },
    body: { clientId: options.clientId ?? randomUUID(), text, note: options.note ?? false },
  });
}
