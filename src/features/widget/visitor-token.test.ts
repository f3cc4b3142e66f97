import { describe, expect, it } from "vitest";
import { signVisitorToken, verifyVisitorToken, VISITOR_TOKEN_TTL_SECS } from "./visitor-token";

const claims = { organizationId: "org", inboxId: "inbox", contactId: "contact" };

describe("visitor tokens", () => {
  it("round-trips the claims", () => {
    const { token } = signVisitorToken(claims);
    expect(verifyVisitorToken(token)).toEqual(expect.objectContaining(claims));
  });

  it("rejects an expired token", () => {
    const { token } = signVisitorToken(claims, Date.now() - (VISITOR_TOKEN_TTL_SECS + 1) * 1000);
    expect(verifyVisitorToken(token)).toBeNull();
  });

  it("rejects a tampered payload or signature", () => {
    const { token } = signVisitorToken(claims);
    const [payload, signature] = token.split(".");
    const forged = Buffer.from(JSON.stringify({ o: "other-org", i: "inbox", c: "contact", exp: 9e9 })).toString("base64url");
    expect(verifyVisitorToken(`${forged}.${signature}`)).toBeNull();
    expect(verifyVisitorToken(`${payload}.${signature}x`)).toBeNull();
    expect(verifyVisitorToken("garbage")).toBeNull();
    expect(verifyVisitorToken(`${token}.extra`)).toBeNull();
  });
});
