// Simulated widgets: a /widget socket each that behaves like src/widget/app/widget-socket.ts (the
// socket.io client reconnects by itself after a dropped transport; after a server-side disconnect
// it connects again a second later) and, like the chat, fetches `GET /api/widget/messages?after=`
// on every (re)connect and merges by seq. Records what arrived how, to check "exactly once, in order".
import type { Socket } from "socket.io-client";
import { http, openWidgetSocket, type Visitor, type WidgetMessage } from "./baton-client";

export interface WidgetClient {
  visitor: Visitor;
  socket: Socket;
  /** The transcript as the widget shows it: by seq, each message once. */
  view: Map<number, WidgetMessage>;
  /** Every message:created the socket delivered (duplicates included). */
  socketReceipts: WidgetMessage[];
  connects: number;
  disconnectedAt: number | null;
  reconnectedAt: number | null;
}

export function lastSeq(client: WidgetClient): number {
  return Math.max(0, ...client.view.keys());
}

export function openWidgetClient(base: string, visitor: Visitor, options: { resync: boolean }): Promise<WidgetClient> {
  const socket = openWidgetSocket(base, visitor.token);
  const client: WidgetClient = { visitor, socket, view: new Map(), socketReceipts: [], connects: 0, disconnectedAt: null, reconnectedAt: null };
  const resync = async () => {
    // What the chat does after any (re)connect: everything after the last seq it has.
    const response = await http<{ messages: WidgetMessage[] }>(base, "GET", `/api/widget/messages?after=${lastSeq(client)}`, { token: visitor.token, ip: visitor.ip }).catch(() => null);
    for (const message of response?.status === 200 ? response.body.messages : []) client.view.set(message.seq, message);
  };
  socket.on("message:created", (message: WidgetMessage) => {
    client.socketReceipts.push(message);
    client.view.set(message.seq, message);
  });
  socket.on("disconnect", (reason) => {
    client.disconnectedAt ??= Date.now();
    if (reason === "io server disconnect") setTimeout(() => socket.connect(), 1_000);
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("widget socket did not connect in 20 s")), 20_000);
    socket.on("connect", () => {
      client.connects += 1;
      if (client.connects > 1) client.reconnectedAt = Date.now();
      if (options.resync) void resync();
      clearTimeout(timer);
      resolve(client);
    });
  });
}
