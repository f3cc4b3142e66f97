// Whether a worker holds an open Socket Mode connection for an installation, for the dashboard.
// The worker sets it when Slack says hello and refreshes it on every sync; a worker that dies
// without saying so stops counting once the key expires.
import { getRedis, redisKey } from "@/server/redis";

const statusKey = (installationId: string) => redisKey("slack", "socket-mode", installationId);

export async function markSocketConnected(installationId: string, ttlMs: number) {
  await getRedis().set(statusKey(installationId), String(Date.now()), "PX", ttlMs);
}

export async function markSocketDisconnected(installationId: string) {
  await getRedis().del(statusKey(installationId));
}

export async function isSocketConnected(installationId: string): Promise<boolean> {
  return (await getRedis().exists(statusKey(installationId))) === 1;
}
