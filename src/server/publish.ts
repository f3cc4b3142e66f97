// Publishing realtime events from anywhere (route handlers, workers) through Redis. The web
// process's Redis adapter picks them up and delivers them to the sockets in the room.
import { Emitter } from "@socket.io/redis-emitter";
import { logger } from "./logger";
import { getRedis, redisKey } from "./redis";
import { organizationRoom, visitorRoom } from "./realtime-rooms";

const globalForEmitter = globalThis as unknown as { batonEmitter?: Emitter };

/**
 * The emitter calls PUBLISH and drops the promise, so a Redis timeout under load became an
 * unhandled rejection that killed the process. A live event lost here is not a lost message:
 * clients catch up by sequence number when they reconnect or resync.
 */
const safePublisher = {
  publish(channel: string, message: string | Buffer) {
    return getRedis()
      .publish(channel, message)
      .catch((error: unknown) => {
        logger.warn({ err: error instanceof Error ? error.message : String(error), channel }, "realtime publish failed");
        return 0;
      });
  },
};

function emitter(): Emitter {
  return (globalForEmitter.batonEmitter ??= new Emitter(safePublisher, { key: redisKey("socket.io") }));
}

/** Sends an event to every agent socket of one workspace. */
export function publishToWorkspace(organizationId: string, event: string, payload: unknown): void {
  emitter().of("/agent").to(organizationRoom(organizationId)).emit(event, payload);
}

/** Sends an event to every widget tab of one visitor. */
export function publishToVisitor(contactId: string, event: string, payload: unknown): void {
  emitter().of("/widget").to(visitorRoom(contactId)).emit(event, payload);
}
