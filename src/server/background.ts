// Work a request starts but does not wait for (the bot's reply after the visitor's message is
// acknowledged). Tracked so a shutdown can let it finish instead of cutting answers in half.
import { logger } from "./logger";

const globalForBackground = globalThis as unknown as { batonBackground?: Set<Promise<unknown>> };
const running = (globalForBackground.batonBackground ??= new Set());

export function runInBackground(name: string, work: () => Promise<unknown>): void {
  const task = work()
    .catch((error: unknown) => logger.error({ err: error, task: name }, "background task failed"))
    .finally(() => running.delete(task));
  running.add(task);
}

/** Resolves when every background task started so far has finished. */
export async function drainBackground(): Promise<void> {
  while (running.size > 0) await Promise.allSettled([...running]);
}
