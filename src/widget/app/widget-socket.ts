// The /widget Socket.IO connection. It authenticates with the newest token on every (re)connect,
// tells the chat when it is up (time to resync), when it has been down for a while (banner), and
// gets a fresh token when the server refuses or drops it; events are checked before use.
import { io } from "socket.io-client";
import type { Conversation, Message, MessageDelta, TypingEvent } from "../shared/protocol";

export interface SocketHandlers {
  token(): string;
  refreshToken(): Promise<void>;
  onOnline(): void;
  onOffline(): void;
  onMessage(message: Message): void;
  onDelta(delta: MessageDelta): void;
  onTyping(who: "bot" | "agent", name: string | null): void;
  onConversation(conversation: Conversation): void;
}

export interface WidgetSocket {
  /** The visitor's typing state; dropped rather than delivered late when offline. */
  typing(typing: boolean): void;
}

const ROLES: readonly string[] = ["visitor", "bot", "agent", "system"];

/** A message the widget can show; anything else (an internal note, a malformed event) is ignored. */
export const isMessage = (value: unknown): value is Message => {
  const message = value as Message | null;
  return typeof message === "object" && message !== null && typeof message.id === "string" && typeof message.seq === "number" &&
    typeof message.body === "string" && ROLES.includes(message.role);
};

// A blip is not worth a banner; a disconnect that lasts is.
const OFFLINE_BANNER_MS = 2500;

export function connectWidgetSocket(handlers: SocketHandlers): WidgetSocket {
  const socket = io(`${location.origin}/widget`, {
    auth: (cb) => cb({ token: handlers.token() }),
    reconnectionDelayMax: 10_000,
  });
  let offlineTimer: ReturnType<typeof setTimeout> | undefined;
  let attempts = 0;

  const markOffline = () => {
    clearTimeout(offlineTimer);
    offlineTimer = setTimeout(handlers.onOffline, OFFLINE_BANNER_MS);
  };
  // socket.io gives up after an auth refusal or a server-side disconnect: new token, then retry.
  const reconnectWithNewToken = async () => {
    const delay = Math.min(30_000, 1000 * 2 ** attempts++);
    await handlers.refreshToken();
    setTimeout(() => socket.connect(), delay);
  };

  socket.on("connect", () => {
    attempts = 0;
    clearTimeout(offlineTimer);
    handlers.onOnline();
  });
  socket.on("disconnect", (reason) => {
    markOffline();
    if (reason === "io server disconnect") void reconnectWithNewToken();
  });
  socket.on("connect_error", () => {
    markOffline();
    if (!socket.active) void reconnectWithNewToken();
  });
  socket.on("message:created", (message: unknown) => {
    if (isMessage(message)) handlers.onMessage(message);
  });
  socket.on("message:delta", (delta: MessageDelta) => {
    if (typeof delta?.streamId === "string" && typeof delta.text === "string") handlers.onDelta(delta);
  });
  socket.on("bot:typing", (event: TypingEvent) => handlers.onTyping("bot", event?.typing === true ? "" : null));
  socket.on("agent:typing", (event: TypingEvent) => handlers.onTyping("agent", event?.typing === true ? (event.name ?? "") : null));
  socket.on("conversation:updated", (conversation: Conversation) => {
    if (typeof conversation?.id === "string") handlers.onConversation(conversation);
  });

  return { typing: (typing) => void socket.volatile.emit("visitor:typing", { typing }) };
}
