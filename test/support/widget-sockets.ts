// A visitor's real socket.io-client on the /widget namespace, and waiting for one of its events.
import { io as connect, type Socket } from "socket.io-client";

/** Connects with the visitor's token; the socket is added to `opened` so the file can close them all. */
export function openWidgetSocket(serverUrl: string, token: string, opened: Socket[]): Promise<Socket> {
  const socket = connect(`${serverUrl}/widget`, { transports: ["websocket"], reconnection: false, auth: { token } });
  opened.push(socket);
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", reject);
  });
}

/** The next `event` whose payload satisfies `where`, or a rejection after timeoutMs. */
export function nextEvent<T>(socket: Socket, event: string, where: (payload: T) => boolean, timeoutMs = 5_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${timeoutMs} ms`)), timeoutMs);
    const listener = (payload: T) => {
      if (!where(payload)) return;
      clearTimeout(timer);
      socket.off(event, listener);
      resolve(payload);
    };
    socket.on(event, listener);
  });
}
