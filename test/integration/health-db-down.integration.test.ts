import { describe, expect, it } from "vitest";
import { call } from "../support/routes";

describe("GET /api/health with PostgreSQL down", () => {
  it("is 503 and names Postgres", async () => {
    process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:1/none";
    const healthRoute = await import("@/app/api/health/route");
    const response = await call(healthRoute.GET, "GET", "/api/health");
    expect(response.status).toBe(503);
    expect(response.body).toEqual({ ok: false, postgres: "down", redis: "up" });
  });
});
