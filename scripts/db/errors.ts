// Turns what the Wasm schema engine throws into errors a person can act on. The engine reports
// failures as plain Errors whose message ends in a Rust span trace, sometimes with a Prisma error
// code (P3009...), sometimes referring to a JS error kept in the adapter's error registry.
import type { ErrorRegistry } from "@prisma/driver-adapter-utils";
import { databaseName, hostPort } from "./pg-client";
import { panicRegistry } from "./wasm";

export class MigrationEngineError extends Error {
  override name = "MigrationEngineError";
  constructor(
    message: string,
    /** Prisma error code when the engine gave one (e.g. P3009 failed migrations, P3006). */
    readonly code?: string,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

export function toEngineError(error: unknown, registry: ErrorRegistry, databaseUrl: string): unknown {
  if (!(error instanceof Error)) return error;
  // Errors of our own code (reading the schema, writing files...) pass through untouched.
  if (error instanceof MigrationEngineError || (error as NodeJS.ErrnoException).syscall) return error;

  // A JS exception inside an adapter call comes back as a reference into the registry.
  const jsId = /GenericJs[^\d]*(\d+)/.exec(error.message)?.[1];
  const original = jsId === undefined ? undefined : registry.consumeError(Number(jsId))?.error;
  if (original instanceof Error) return original;

  if (error instanceof WebAssembly.RuntimeError) {
    const reason = panicRegistry.message || error.message;
    return new MigrationEngineError(`The schema engine crashed: ${reason}`, undefined, error);
  }

  const message = stripSpanTrace(error.message);
  const code = (error as { code?: unknown }).code;
  if (/Can't reach database server/i.test(message)) {
    return new MigrationEngineError(`Cannot reach PostgreSQL at ${hostPort(databaseUrl)} — start it with scripts/services.sh`, "P1001", error);
  }
  if (/Database `[^`]*` does not exist/i.test(message)) {
    return new MigrationEngineError(
      `Database "${databaseName(databaseUrl)}" does not exist at ${hostPort(databaseUrl)} — run \`npm run db:deploy\` to create it`,
      "P1003",
      error,
    );
  }
  return new MigrationEngineError(message, typeof code === "string" ? code : undefined, error);
}

/** Drops the "   0: module::fn\n   with ...\n   at file.rs:12" trace the engine appends. */
function stripSpanTrace(message: string): string {
  const lines = message.split("\n");
  const start = lines.findIndex((line) => /^\s+\d+: \S/.test(line));
  return (start === -1 ? lines : lines.slice(0, start)).join("\n").trim();
}
