// The worker process of a benchmark: the real BullMQ workers of src/jobs/worker.ts in a child
// process with the parent's environment (its database and Redis prefix), as `npm run worker` runs
// next to the web process in production. Says { type: "ready" } over IPC; { type: "close" } stops it.
// The environment is the parent's, complete before this process started: static imports are safe.
import { startWorkers } from "@/jobs/worker";
import { closeQueues } from "@/jobs/queues";
import { db } from "@/server/db";
import { getRedis } from "@/server/redis";

const running = startWorkers();
process.send?.({ type: "ready" });
process.on("message", (message: { type?: string }) => {
  if (message.type !== "close") return;
  void (async () => {
    await running.close();
    await closeQueues();
    await Promise.allSettled([getRedis().quit(), db.$disconnect()]);
    process.exit(0);
  })();
});
// The parent died without saying so: do not linger as an orphan holding Redis connections.
process.on("disconnect", () => process.exit(0));
