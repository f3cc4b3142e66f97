import { describe, expect, it } from "vitest";
import * as healthRoute from "@/app/api/health/route";
import { call } from "../support/routes";

describe("GET /api/health", () => {
  it("is 200 with both dependencies up", async () => {
    const response = await call(healthRoute.GET, "GET", "/api/health");
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ ok: true, postgres: "up", redis: "up" });
  });
});
