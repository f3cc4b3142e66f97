import { describe, expect, it, vi } from "vitest";
import { ApiError, createApi, uuid, withRetry } from "./api";

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

describe("createApi", () => {
  it("sends the bearer token, and on 401 refreshes once and replays with the new token", async () => {
    let token = "old";
    const fetcher = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) =>
      new Headers(init?.headers).get("authorization") === "Bearer new" ? json(201, { ok: true }) : json(401, { error: { message: "expired" } }),
    );
    const refresh = vi.fn(async () => void (token = "new"));
    const api = createApi({ token: () => token, refresh, fetch: fetcher as typeof fetch });
    expect(await api.post("/api/widget/messages", { clientId: "c1", text: "hi" })).toEqual({ ok: true });
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(fetcher.mock.calls.map(([, init]) => init?.body)).toEqual([JSON.stringify({ clientId: "c1", text: "hi" }), JSON.stringify({ clientId: "c1", text: "hi" })]);
  });

  it("classifies errors: network, 5xx and 429 are retryable (with Retry-After), 4xx are not", async () => {
    const responses = [() => Promise.reject(new TypeError("offline")), () => json(503, {}), () => json(429, {}, { "retry-after": "3" }), () => json(422, { error: { message: "text is empty" } })];
    const api = createApi({ token: () => "t", refresh: async () => undefined, fetch: (() => responses.shift()!()) as typeof fetch });
    const errors: ApiError[] = [];
    for (let i = 0; i < 4; i++) errors.push(await api.get("/x").then(() => { throw new Error("expected a failure"); }, (error: ApiError) => error));
    expect(errors.map((error) => [error.status, error.retryable, error.retryAfterMs])).toEqual([[0, true, null], [503, true, null], [429, true, 3000], [422, false, null]]);
    expect(errors[3]!.message).toBe("text is empty");
  });
});

describe("withRetry", () => {
  it("retries the same call (so the same clientId) with backoff, then succeeds", async () => {
    const waits: number[] = [];
    const bodies: string[] = [];
    let attempts = 0;
    const send = async () => {
      bodies.push(JSON.stringify({ clientId: "same" }));
      if (++attempts < 3) throw new ApiError("network error", 0, null, true);
      return "stored";
    };
    expect(await withRetry(send, 4, 1000, async (ms) => void waits.push(ms))).toBe("stored");
    expect(waits).toEqual([1000, 2000]);
    expect(new Set(bodies).size).toBe(1);
  });

  it("does not retry errors that will not fix themselves, and gives up after the attempts", async () => {
    const wait = async () => undefined;
    const refused = vi.fn(async () => {
      throw new ApiError("bad", 422, null, false);
    });
    await expect(withRetry(refused, 4, 1, wait)).rejects.toThrow("bad");
    expect(refused).toHaveBeenCalledTimes(1);
    const down = vi.fn(async () => {
      throw new ApiError("down", 503, null, true);
    });
    await expect(withRetry(down, 3, 1, wait)).rejects.toThrow("down");
    expect(down).toHaveBeenCalledTimes(3);
  });
});

describe("uuid", () => {
  it("makes v4 UUIDs, also without crypto.randomUUID", () => {
    expect(uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const original = crypto.randomUUID;
    Object.defineProperty(crypto, "randomUUID", { value: undefined, configurable: true });
    try {
      expect(uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      Object.defineProperty(crypto, "randomUUID", { value: original, configurable: true });
    }
  });
});
