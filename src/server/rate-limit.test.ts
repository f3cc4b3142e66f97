import { describe, expect, it } from "vitest";
import { CLIENT_IP_HEADER, clientIp, resolveClientIp } from "./rate-limit";

describe("client address for rate limits", () => {
  it("ignores X-Forwarded-For unless a proxy is trusted", () => {
    const headers = { "x-forwarded-for": "6.6.6.6, 10.0.0.1" };
    expect(resolveClientIp(headers, "127.0.0.1", false)).toBe("127.0.0.1");
    expect(resolveClientIp(headers, "127.0.0.1", true)).toBe("6.6.6.6");
    expect(resolveClientIp({}, "127.0.0.1", true)).toBe("127.0.0.1");
  });

  it("prefers the address the server decided over any header the client sent", () => {
    const req = new Request("http://x/", { headers: { [CLIENT_IP_HEADER]: "127.0.0.1", "x-forwarded-for": "6.6.6.6" } });
    expect(clientIp(req)).toBe("127.0.0.1");
  });
});
