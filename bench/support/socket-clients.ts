// Opening many socket.io-client sockets from a benchmark's client process: WebSocket only (as the
// widget connects), no reconnection (a drop must show up as a failure, not be papered over).
import type { ChildProcess } from "node:child_process";
import { io as connect, type Socket } from "socket.io-client";

const CONNECT_BATCH = 100;

export function openSocket(url: string, options: { token?: string } = {}): Promise<Socket> {
  const socket = connect(url, {
    transports: ["websocket"],
    reconnection: false,
    timeout: 30_000,
    ...(options.token ? { auth: { token: options.token } } : {}),
  });
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", (error) => {
      socket.close();
      reject(error);
    });
  });
}

/** Opens one socket per credential, 100 at a time; `sockets[i]` is null when credential i failed. */
export async function openSockets(url: string, credentials: Array<{ token?: string }>, failures: string[]): Promise<Array<Socket | null>> {
  const sockets: Array<Socket | null> = [];
  for (let i = 0; i < credentials.length; i += CONNECT_BATCH) {
    const settled = await Promise.allSettled(credentials.slice(i, i + CONNECT_BATCH).map((credential) => openSocket(url, credential)));
    for (const result of settled) {
      if (result.status === "fulfilled") sockets.push(result.value);
      else {
        sockets.push(null);
        failures.push(String(result.reason));
      }
    }
  }
  return sockets;
}

/** Sends a command over IPC and waits for the reply of the given type (or the child's exit). */
export function ask<R extends { type: string }, T extends R["type"]>(
  child: ChildProcess,
  command: unknown,
  reply: T,
): Promise<Extract<R, { type: T }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (report: R) => {
      if (report.type !== reply) return;
      child.off("message", onMessage);
      child.off("exit", onExit);
      resolve(report as Extract<R, { type: T }>);
    };
    const onExit = (code: number | null) => reject(new Error(`the child process exited (${code}) before reporting ${reply}`));
    child.on("message", onMessage);
    child.once("exit", onExit);
    child.send(command as never);
  });
}
