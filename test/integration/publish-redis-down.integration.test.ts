import { describe, expect, it } from "vitest";

// A real unreachable Redis (nothing listens on port 1), not a mock: publishing a live event must
// fail quietly. The emitter drops PUBLISH's promise, which used to surface as an unhandled
// rejection and kill the web process under load.
describe("realtime publish with Redis down", () => {
  it("logs the failure instead of raising an unhandled rejection", async () => {
    process.env.REDIS_URL = "redis://127.0.0.1:1";
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    try {
      const { publishToVisitor, publishToWorkspace } = await import("@/server/publish");
      publishToWorkspace("org-1", "conversation:updated", { id: "c1" });
      publishToVisitor("contact-1", "message:created", { id: "m1" });
      // The commands fail once the client gives up on the connection (maxRetriesPerRequest: 1).
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
  });
});
