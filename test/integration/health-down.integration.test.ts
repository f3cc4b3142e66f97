import { describe, expect, it } from "vitest";
import { call } from "../support/routes";

// Real unreachable servers (nothing listens on port 1), not mocks. Modules are imported after the
// URLs are changed so this file's env and clients see them; vitest isolates modules per file.
describe("GET /api/health with a dependency down", () => {
  it("is 503 and names Redis when Redis does not answer", async () => {
    process.env.REDIS_URL = "redis://127.0.0.1:1";
    const healthRoute = await import("@/app/api/health/route");
    const response = await call(healthRoute.GET, "GET", "/api/health");
    expect(response.status).toBe(503);
    expect(response.body).toEqual({ ok: false, postgres: "up", redis: "down" });
  });
});
