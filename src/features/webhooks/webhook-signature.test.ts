import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generateWebhookSecret, signWebhook, verifyWebhookSignature } from "./webhook-signature";

describe("webhook signature", () => {
  it("is v1= and the hex HMAC-SHA256 of timestamp.body with the secret", () => {
    const expected = createHmac("sha256", "whsec_test").update('1700000000.{"a":1}').digest("hex");
    expect(signWebhook("whsec_test", 1700000000, '{"a":1}')).toBe(`v1=${expected}`);
  });

  it("verifies its own signature and refuses a changed body, timestamp or secret", () => {
    const secret = generateWebhookSecret();
    const header = signWebhook(secret, 1700000000, "body");
    expect(verifyWebhookSignature(secret, "1700000000", "body", header)).toBe(true);
    expect(verifyWebhookSignature(secret, "1700000000", "body!", header)).toBe(false);
    expect(verifyWebhookSignature(secret, "1700000001", "body", header)).toBe(false);
    expect(verifyWebhookSignature(generateWebhookSecret(), "1700000000", "body", header)).toBe(false);
  });

  it("generates distinct, long secrets", () => {
    const [a, b] = [generateWebhookSecret(), generateWebhookSecret()];
    expect(a).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
  });
});
