// Publishing realtime events from anywhere (route handlers, workers) through Redis. The web
// process's Redis adapter picks them up and delivers them to the sockets in the room.
import { Emitter } from "@socket.io/redis-emitter";
import { getRedis, redisKey } from "./redis";
import { organizationRoom, visitorRoom } from "./realtime-rooms";

const globalForEmitter = globalThis as unknown as { batonEmitter?: Emitter };

function emitter(): Emitter {
  return (globalForEmitter.batonEmitter ??= new Emitter(getRedis(), { key: redisKey("socket.io") }));
}

/** Sends an event to every agent socket of one workspace. */
export function publishToWorkspace(organizationId: string, event: string, payload: unknown): void {
  emitter().of("/agent").to(organizationRoom(organizationId)).emit(event, payload);
}

/** Sends an event to every widget tab of one visitor. */
export function publishToVisitor(contactId: string, event: string, payload: unknown): void {
  emitter().of("/widget").to(visitorRoom(contactId)).emit(event, payload);
}
