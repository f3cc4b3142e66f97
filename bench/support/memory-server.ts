// The server side of the idle-memory benchmark, one process per kind (run with --expose-gc):
//   baton: Baton's real Socket.IO server (createRealtimeServer: /widget with the visitor-token
//          middleware, rooms, presence, the Redis adapter); env from the parent's bench database.
//   bare:  the same socket.io version with nothing on it but an empty /widget namespace.
// Reports memory after forced garbage collection whenever the parent asks (see idle-memory.ts).
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Server } from "socket.io";

export type MemoryServerCommand = { type: "measure" } | { type: "close" };
export type MemoryServerReport =
  | { type: "listening"; url: string }
  | { type: "memory"; sockets: number; heapUsed: number; external: number; arrayBuffers: number; rss: number };

const kind = process.argv[2];
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with --expose-gc");

const http = createServer();
let io: Server;
let close: () => Promise<void>;
if (kind === "baton") {
  const { createRealtimeServer } = await import("@/server/realtime");
  const realtime = createRealtimeServer(http);
  io = realtime.io;
  close = () => realtime.close();
} else if (kind === "bare") {
  const { Server: SocketServer } = await import("socket.io");
  io = new SocketServer(http, { serveClient: false });
  io.of("/widget");
  close = () => io.close();
} else {
  throw new Error(`unknown server kind ${kind}`);
}
await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));

const send = (report: MemoryServerReport) => process.send?.(report);
const tick = () => new Promise((resolve) => setImmediate(resolve));

/** Collects until the heap stops shrinking (weak references and finalizers need more than one pass). */
async function settledMemory() {
  let previous = Infinity;
  for (let pass = 0; pass < 10; pass++) {
    gc!();
    await tick();
    const used = process.memoryUsage().heapUsed;
    if (previous - used < 64 * 1024) break;
    previous = used;
  }
  const { heapUsed, external, arrayBuffers, rss } = process.memoryUsage();
  return { heapUsed, external, arrayBuffers, rss };
}

process.on("message", async (raw) => {
  const command = raw as MemoryServerCommand;
  if (command.type === "measure") send({ type: "memory", sockets: io.of("/widget").sockets.size, ...(await settledMemory()) });
  else if (command.type === "close") {
    await close();
    process.exit(0);
  }
});
process.on("disconnect", () => process.exit(0));
send({ type: "listening", url: `http://127.0.0.1:${(http.address() as AddressInfo).port}` });
