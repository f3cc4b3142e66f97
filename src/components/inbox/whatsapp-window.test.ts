import { describe, expect, it } from "vitest";
import { reopenedWindow, whatsappWindowClosed } from "./whatsapp-window-notice";

describe("the WhatsApp 24-hour window in the inbox", () => {
  const closed = { open: false, closesAt: "2026-12-01T10:00:00.000Z", template: "follow_up" };

  it("is closed once closesAt has passed", () => {
    expect(whatsappWindowClosed(closed, Date.parse("2026-12-02T00:00:00Z"))).toBe(true);
    expect(whatsappWindowClosed(null)).toBe(false);
  });

  it("reopens for 24 hours when the customer writes again, keeping the template", () => {
    const window = reopenedWindow(closed, "2026-12-02T08:30:00.000Z");
    expect(window).toEqual({ open: true, closesAt: "2026-12-03T08:30:00.000Z", template: "follow_up" });
    expect(whatsappWindowClosed(window, Date.parse("2026-12-03T08:29:00Z"))).toBe(false);
    expect(whatsappWindowClosed(window, Date.parse("2026-12-03T08:31:00Z"))).toBe(true);
  });
});
