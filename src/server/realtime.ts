// The Socket.IO server. Only the web process holds `io`; route handlers and workers publish
// through Redis with publish.ts, and the Redis adapter fans events out to every web process.
import type { Server as HttpServer } from "node:http";
import { createAdapter } from "@socket.io/redis-adapter";
import { Server, type Socket } from "socket.io";
import { resolveActor } from "@/features/tenants/resolve-actor";
import { getSessionFromHeaders } from "./auth";
import { logger } from "./logger";
import { createRedis, redisKey } from "./redis";
import { agentRoom, organizationRoom, visitorRoom } from "./realtime-rooms";
import { verifyVisitorToken } from "@/features/widget/visitor-token";
import { agentConnected, agentDisconnected } from "@/features/inbox/agent-profiles";
import { findAgentTypingTarget, findVisitorConversationId } from "@/features/inbox/typing";
import { presenceJoin, presenceLeave } from "./presence";

export interface RealtimeServer {
  io: Server;
  close(): Promise<void>;
}

export const REALTIME_CHANNEL = () => redisKey("socket.io");

// Presence updates still running, and whether the server is shutting down (then a closing socket
// updates the counts but announces nothing: the adapter's connections are going away).
const pendingPresence = new Set<Promise<unknown>>();
const closing = { value: false };

export function createRealtimeServer(httpServer: HttpServer): RealtimeServer {
  closing.value = false;
  const pub = createRedis("worker", "realtime-pub");
  const sub = pub.duplicate({ connectionName: "baton:realtime-sub" });
  const io = new Server(httpServer, {
    // Next's dev server upgrades its own HMR socket on the same port: leave other upgrades alone.
    destroyUpgrade: false,
    adapter: createAdapter(pub, sub, { key: REALTIME_CHANNEL() }),
    serveClient: false,
  });
  attachAgentNamespace(io);
  attachWidgetNamespace(io);
  resyncClientsAfterRedisLoss(io, sub);
  return {
    io,
    async close() {
      closing.value = true;
      await io.close();
      // Sockets just closed: let their presence updates land before Redis and Postgres go.
      await Promise.allSettled([...pendingPresence]);
      await Promise.allSettled([pub.quit(), sub.quit()]);
    },
  };
}

/**
 * Redis pub/sub keeps nothing: whatever was published while this process's subscription was down
 * (its own route handlers', other processes', the workers') never reaches its sockets, and a socket
 * that stayed open would never ask for it. So when the subscription is back, every client's
 * transport is closed: socket.io clients reconnect by themselves (0.5-1.5 s, randomised, so the
 * herd spreads out) and the widget and the inbox resync from their last seq on connect.
 */
function resyncClientsAfterRedisLoss(io: Server, sub: ReturnType<typeof createRedis>) {
  let lost = false;
  sub.on("close", () => (lost = true));
  sub.on("ready", () => {
    if (!lost) return;
    lost = false;
    // After ioredis has re-sent SUBSCRIBE (it does so right after "ready"), so events published
    // from now on reach the reconnected sockets live.
    setImmediate(() => {
      let dropped = 0;
      for (const namespace of [io.of("/widget"), io.of("/agent")]) {
        for (const socket of namespace.sockets.values()) {
          socket.conn.close();
          dropped += 1;
        }
      }
      logger.warn({ dropped }, "realtime: Redis subscription restored; clients reconnect and resync");
    });
  });
}

/** /agent: the inbox. Authenticated by the session cookie; each socket joins its workspace room. */
function attachAgentNamespace(io: Server) {
  const agents = io.of("/agent");
  agents.use(async (socket, next) => {
    try {
      const found = await getSessionFromHeaders(new Headers({ cookie: socket.handshake.headers.cookie ?? "" }));
      if (!found) return next(new Error("UNAUTHORIZED"));
      const active = (found.session as { activeOrganizationId?: string | null }).activeOrganizationId;
      const actor = await resolveActor({ userId: found.user.id, sessionId: found.session.id, activeOrganizationId: active });
      if (!actor) return next(new Error("FORBIDDEN"));
      socket.data.actor = actor;
      next();
    } catch (error) {
      logger.error({ err: error }, "agent socket auth failed");
      next(new Error("INTERNAL"));
    }
  });
  agents.on("connection", (socket: Socket) => {
    const { organizationId, userId } = socket.data.actor;
    // Rooms are derived from the authenticated actor only; a client can never name a room to join.
    void socket.join([organizationRoom(organizationId), agentRoom(organizationId, userId)]);
    void trackPresence("agents", organizationId, userId, socket, {
      first: () => agentConnected(organizationId, userId),
      last: () => agentDisconnected(organizationId, userId),
    });
    const targets = new Map<string, Promise<Awaited<ReturnType<typeof findAgentTypingTarget>>>>();
    socket.on("agent:typing", async (payload: unknown) => {
      const { conversationId, typing } = (payload ?? {}) as { conversationId?: unknown; typing?: unknown };
      if (typeof conversationId !== "string" || conversationId.length > 64) return;
      if (!targets.has(conversationId)) targets.set(conversationId, findAgentTypingTarget({ organizationId, userId, conversationId }).catch(() => null));
      const target = await targets.get(conversationId);
      if (!target) return; // not a conversation of this workspace
      const isTyping = typing === true;
      io.of("/widget").to(visitorRoom(target.contactId)).emit("agent:typing", { typing: isTyping, name: target.name });
      socket.to(organizationRoom(organizationId)).emit("agent:typing", { conversationId, userId, name: target.name, typing: isTyping });
    });
  });
}

/**
 * Counts this socket in the workspace's presence hash; `first` runs when the id's first socket
 * opens, `last` when its last one closes. Presence failures never break the connection.
 */
async function trackPresence(kind: "agents" | "visitors", organizationId: string, id: string, socket: Socket, hooks: { first?: () => Promise<void>; last?: () => Promise<void> }) {
  socket.on("disconnect", () => {
    const leaving = presenceLeave(kind, organizationId, id)
      .then((left) => (left === 0 && !closing.value ? hooks.last?.() : undefined))
      .catch((error: unknown) => logger.warn({ err: error, kind }, "presence leave failed"))
      .finally(() => pendingPresence.delete(leaving));
    pendingPresence.add(leaving);
  });
  try {
    if ((await presenceJoin(kind, organizationId, id)) === 1) await hooks.first?.();
  } catch (error) {
    logger.warn({ err: error, kind }, "presence join failed");
  }
}

/** /widget: visitors. Authenticated by the signed visitor token; each socket joins its visitor room. */
function attachWidgetNamespace(io: Server) {
  const widgets = io.of("/widget");
  widgets.use((socket, next) => {
    const token = typeof socket.handshake.auth.token === "string" ? socket.handshake.auth.token : "";
    const claims = verifyVisitorToken(token);
    if (!claims) return next(new Error("UNAUTHORIZED"));
    socket.data.visitor = claims;
    next();
  });
  widgets.on("connection", (socket: Socket) => {
    const { organizationId, contactId, inboxId } = socket.data.visitor;
    void socket.join(visitorRoom(contactId));
    const announce = (online: boolean) => async () => void agentsOf(io, organizationId).emit("contact:presence", { contactId, online });
    void trackPresence("visitors", organizationId, contactId, socket, { first: announce(true), last: announce(false) });
    // The open conversation changes rarely (a new one after resolve): look it up at most every 30 s.
    let conversation: { id: string | null; at: number } | null = null;
    socket.on("visitor:typing", async (payload: unknown) => {
      const typing = typeof payload === "object" && payload !== null && (payload as { typing?: unknown }).typing === true;
      if (!conversation || Date.now() - conversation.at > 30_000) {
        conversation = { id: await findVisitorConversationId({ organizationId, contactId, inboxId }).catch(() => null), at: Date.now() };
      }
      agentsOf(io, organizationId).emit("visitor:typing", { contactId, conversationId: conversation.id, typing });
    });
  });
}

const agentsOf = (io: Server, organizationId: string) => io.of("/agent").to(organizationRoom(organizationId));
