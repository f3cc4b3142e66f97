// Errors that mean "PostgreSQL cannot be reached right now" (down, restarting, connection cut), as
// opposed to a bug. Routes answer them with 503 so clients retry, instead of a 500 that reads as a
// defect; the pool reconnects by itself once the server is back.

// Prisma: can't reach (P1001), timed out (P1002), server closed the connection (P1017), pool timeout (P2024).
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017", "P2024"]);
// The driver adapter's own kinds, when the error comes through it unwrapped.
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// node-postgres: connection refused; PostgreSQL: shutting down (57P01-57P03), too many connections (53300).
const DRIVER_CODES = new Set(["ECONNREFUSED", "57P01", "57P02", "57P03", "53300"]);
const DRIVER_MESSAGES = /Connection terminated|connection timeout|Can't reach database server/i;

type Inspectable = { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } };

/** True when `error`, or an error it wraps (better-auth wraps Prisma's), says the database is unreachable. */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  // A short walk down `cause`: wrappers nest one or two deep; a cycle must not loop forever.
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const candidate = current as Inspectable;
    if (typeof candidate.code === "string" && (PRISMA_CODES.has(candidate.code) || DRIVER_CODES.has(candidate.code))) return true;
    if (typeof candidate.kind === "string" && ADAPTER_KINDS.has(candidate.kind)) return true;
    const adapterKind = candidate.meta?.driverAdapterError?.cause?.kind;
    if (typeof adapterKind === "string" && ADAPTER_KINDS.has(adapterKind)) return true;
    if (typeof candidate.message === "string" && DRIVER_MESSAGES.test(candidate.message)) return true;
    current = candidate.cause;
  }
  return false;
}
