import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "./errors";
import { readJson, withRequest } from "./http";

const ZBody = z.object({ name: z.string().min(1) });

function post(body: string, type = "application/json") {
  return new Request("http://localhost/x", { method: "POST", headers: { "content-type": type }, body });
}

async function run(handler: Parameters<typeof withRequest>[0], req = post("{}")) {
  const response = await withRequest(handler)(req);
  return { status: response.status, body: await response.json().catch(() => null) };
}

describe("route wrapper", () => {
  it("returns handler data as JSON with a request id", async () => {
    const response = await withRequest(async () => ({ ok: 1 }))(post("{}"));
    expect(await response.json()).toEqual({ ok: 1 });
    expect(response.headers.get("x-request-id")).toBeTruthy();
  });

  it.each([
    ["malformed JSON", post("{nope"), 400, "BAD_REQUEST"],
    ["wrong content type", post("name=x", "text/plain"), 415, "UNSUPPORTED_MEDIA_TYPE"],
    ["invalid fields", post('{"name":""}'), 422, "VALIDATION_FAILED"],
    ["too large", post(JSON.stringify({ name: "x".repeat(70_000) })), 413, "PAYLOAD_TOO_LARGE"],
  ])("maps %s to %i in the error envelope", async (_label, req, status, code) => {
    const response = await run(async ({ req: request }) => readJson(request, ZBody), req);
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBe(code);
    expect(response.body.error.message).toEqual(expect.any(String));
  });

  it("maps AppError, unique violations and unknown errors", async () => {
    expect((await run(async () => Promise.reject(new AppError("FORBIDDEN", "no")))).status).toBe(403);
    expect((await run(async () => Promise.reject(Object.assign(new Error("dup"), { code: "P2002" })))).status).toBe(409);
    const crash = await run(async () => Promise.reject(new Error("secret internals")));
    expect(crash.status).toBe(500);
    expect(JSON.stringify(crash.body)).not.toContain("secret internals");
  });

  it("stops reading a chunked body past the limit", async () => {
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 100; i += 1) controller.enqueue(new TextEncoder().encode("x".repeat(1024)));
        controller.close();
      },
    });
    const req = new Request("http://localhost/x", { method: "POST", headers: { "content-type": "application/json" }, body: stream, duplex: "half" } as RequestInit);
    const response = await run(async ({ req: request }) => readJson(request, ZBody), req);
    expect(response.status).toBe(413);
  });
});
