import { describe, expect, it } from "vitest";
import { isValidWebhookSignature, signWebhookBody } from "./signature";
import { whatsappWindow, WINDOW_MS } from "./window";

describe("webhook signature", () => {
  const body = Buffer.from('{"object":"whatsapp_business_account"}');

  it("accepts the HMAC of the raw bytes with the app secret", () => {
    expect(isValidWebhookSignature(body, signWebhookBody(body, "s3cret"), "s3cret")).toBe(true);
  });

  it("refuses another secret, a changed byte, a missing or malformed header", () => {
    const signature = signWebhookBody(body, "s3cret");
    expect(isValidWebhookSignature(body, signature, "other")).toBe(false);
    expect(isValidWebhookSignature(Buffer.from('{"object":"whatsapp_business_account" }'), signature, "s3cret")).toBe(false);
    expect(isValidWebhookSignature(body, null, "s3cret")).toBe(false);
    expect(isValidWebhookSignature(body, signature.replace("sha256=", "sha1="), "s3cret")).toBe(false);
    expect(isValidWebhookSignature(body, "sha256=abc", "s3cret")).toBe(false);
  });
});

describe("24-hour window", () => {
  const now = new Date("2026-11-22T12:00:00Z");

  it("is open for 24 hours after the contact's last message", () => {
    const last = new Date(now.getTime() - WINDOW_MS + 60_000);
    expect(whatsappWindow(last, now)).toEqual({ open: true, closesAt: new Date(last.getTime() + WINDOW_MS) });
  });

  it("is closed after that, and closed when the contact never wrote", () => {
    expect(whatsappWindow(new Date(now.getTime() - WINDOW_MS - 1), now).open).toBe(false);
    expect(whatsappWindow(null, now)).toEqual({ open: false, closesAt: null });
  });
});
