import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

const VALID = {
  PUBLIC_URL: "http://localhost:3000",
  DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/baton",
  REDIS_URL: "redis://127.0.0.1:6379",
  BETTER_AUTH_SECRET: "x".repeat(32),
  ENCRYPTION_KEY: "0".repeat(64),
};

describe("parseEnv", () => {
  it("applies defaults and treats empty optional keys as off", () => {
    const env = parseEnv({ ...VALID, OPENAI_API_KEY: "", RUN_WORKER_IN_WEB: "true" });
    expect(env.PORT).toBe(3000);
    expect(env.OPENAI_API_KEY).toBeUndefined();
    expect(env.RUN_WORKER_IN_WEB).toBe(true);
    expect(env.OPENAI_MODEL).toBe("gpt-4o-mini");
  });

  it("names every missing or invalid variable", () => {
    const { DATABASE_URL: _missing, ...rest } = VALID;
    expect(() => parseEnv({ ...rest, REDIS_URL: "http://nope" })).toThrow(/DATABASE_URL: missing[\s\S]*REDIS_URL: must be a redis/);
  });

  it("stops the process with a message naming the variable", () => {
    // A directory without .env, and an environment without the variable.
    const cwd = mkdtempSync(join(tmpdir(), "baton-env-"));
    const { DATABASE_URL: _missing, ...rest } = VALID;
    const tsx = resolve("node_modules/.bin/tsx");
    const run = spawnSync(tsx, [resolve("src/server/env.ts")], { cwd, env: { PATH: process.env.PATH, ...rest } as unknown as NodeJS.ProcessEnv, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("DATABASE_URL: missing");
  });
});
