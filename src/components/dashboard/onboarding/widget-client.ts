// The widget's public REST API, called from the dashboard exactly as the widget calls it: a
// session for the inbox's public key, then messages with the visitor token.
import type { MessageDto } from "@/features/conversations/message.dto";

export interface WidgetVisitor {
  token: string;
}

async function widgetRequest<T>(path: string, init: { method: "GET" | "POST"; token?: string; body?: unknown }): Promise<T> {
  const response = await fetch(path, {
    method: init.method,
    headers: {
      accept: "application/json",
      ...(init.body === undefined ? {} : { "content-type": "application/json" }),
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (!response.ok) throw new Error(body?.error?.message ?? `The chat answered ${response.status}`);
  return body as T;
}

export async function startPreviewSession(publicKey: string): Promise<WidgetVisitor> {
  // The page is the dashboard (Baton's own origin), so this chat never counts as an installed widget.
  const session = await widgetRequest<{ token: string }>("/api/widget/session", { method: "POST", body: { publicKey, page: window.location.href } });
  return { token: session.token };
}

export function sendVisitorMessage(visitor: WidgetVisitor, clientId: string, text: string) {
  return widgetRequest<{ message: MessageDto }>("/api/widget/messages", { method: "POST", token: visitor.token, body: { clientId, text } });
}

export function fetchMessagesAfter(visitor: WidgetVisitor, afterSeq: number) {
  return widgetRequest<{ messages: MessageDto[] }>(`/api/widget/messages?after=${afterSeq}`, { method: "GET", token: visitor.token });
}
