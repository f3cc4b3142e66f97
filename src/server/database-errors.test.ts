import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./database-errors";

describe("isDatabaseUnavailable", () => {
  it("recognises Prisma's, the adapter's and the driver's ways of saying PostgreSQL is unreachable", () => {
    expect(isDatabaseUnavailable({ code: "P1001", message: "Can't reach database server at 127.0.0.1:5432" })).toBe(true);
    expect(isDatabaseUnavailable({ code: "P2010", meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } } })).toBe(true);
    expect(isDatabaseUnavailable({ kind: "ConnectionClosed" })).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
  });

  it("looks through wrappers (better-auth's APIError carries the Prisma error as its cause)", () => {
    const prisma = { code: "P1001", message: "Can't reach database server" };
    expect(isDatabaseUnavailable(Object.assign(new Error("Failed to get session"), { cause: prisma }))).toBe(true);
  });

  it("is false for ordinary errors, constraint violations and cycles", () => {
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
    expect(isDatabaseUnavailable({ code: "P2002" })).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    const cyclic: { message: string; cause?: unknown } = { message: "loop" };
    cyclic.cause = cyclic;
    expect(isDatabaseUnavailable(cyclic)).toBe(false);
  });
});
