// The visitors of the idle-memory benchmark, in a process of their own: open sockets on /widget
// (with a visitor token each for Baton, without for bare Socket.IO) and then do nothing.
import type { Socket } from "socket.io-client";
import { openSockets } from "./socket-clients";

export type MemoryClientCommand = { type: "connect"; url: string; tokens: Array<string | null> } | { type: "disconnect" };
export type MemoryClientReport = { type: "connected"; open: number; failures: string[]; ms: number } | { type: "disconnected" };

const sockets: Socket[] = [];
const send = (report: MemoryClientReport) => process.send?.(report);

process.on("message", async (raw) => {
  const command = raw as MemoryClientCommand;
  if (command.type === "connect") {
    const start = Date.now();
    const failures: string[] = [];
    const opened = await openSockets(command.url, command.tokens.map((token) => (token ? { token } : {})), failures);
    for (const socket of opened) if (socket) sockets.push(socket);
    send({ type: "connected", open: sockets.length, failures: failures.slice(0, 3), ms: Date.now() - start });
  } else if (command.type === "disconnect") {
    for (const socket of sockets.splice(0)) socket.disconnect();
    send({ type: "disconnected" });
  }
});
process.on("disconnect", () => process.exit(0));
