import { describe, expect, it } from "vitest";
import { decodeAuditCursor, encodeAuditCursor, ZAuditLogQuery } from "./audit.schemas";

describe("audit log query", () => {
  it("round-trips a cursor and refuses a forged one", () => {
    const row = { createdAt: new Date("2026-12-07T23:00:00.123Z"), id: "cmabc" };
    expect(decodeAuditCursor(encodeAuditCursor(row))).toEqual(row);
    expect(decodeAuditCursor("not-a-cursor")).toBeNull();
    expect(decodeAuditCursor(Buffer.from("yesterday|x").toString("base64url"))).toBeNull();
  });

  it("defaults to 50 a page and accepts only action-shaped filters", () => {
    expect(ZAuditLogQuery.parse({})).toEqual({ limit: 50 });
    expect(ZAuditLogQuery.safeParse({ action: "webhook.created" }).success).toBe(true);
    expect(ZAuditLogQuery.safeParse({ action: "x'; drop" }).success).toBe(false);
    expect(ZAuditLogQuery.safeParse({ limit: "500" }).success).toBe(false);
  });
});
