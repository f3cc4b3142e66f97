// The fault tests run Baton as child processes they can kill, against their own Postgres and
// Redis. The web process serves a production Next build; building into the checkout's .next would
// race the Playwright runs that build there, so the app is copied (node_modules hard-linked, same
// filesystem) into a directory of its own and built there once per source change.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { cp, mkdir, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { testEnv } from "../../setup/test-env";

const run = promisify(execFile);
const ROOT = process.cwd();
const COPIED = ["src", "prisma", "public", "next.config.ts", "tsconfig.json", "package.json", "postcss.config.mjs", "prisma.config.ts"];
export const APP_DIR = process.env.BATON_FAULTS_APP_DIR ?? join(tmpdir(), "baton-faults-app");

async function* files(path: string): AsyncGenerator<string> {
  const info = await stat(path).catch(() => null);
  if (!info) return;
  if (!info.isDirectory()) return yield path;
  for (const entry of (await readdir(path)).sort()) yield* files(join(path, entry));
}

/** What the build depends on: every copied file's path and bytes, and the lockfile. */
async function sourceHash(): Promise<string> {
  const hash = createHash("sha256");
  for (const top of [...COPIED, "package-lock.json"]) {
    for await (const file of files(join(ROOT, top))) hash.update(relative(ROOT, file)).update(await readFile(file));
  }
  return hash.digest("hex");
}

/** Copies and builds the app unless the copy already holds a build of the same sources. Returns the directory. */
export async function ensureAppBuild(log: (line: string) => void = () => undefined): Promise<string> {
  const hash = await sourceHash();
  const stampFile = join(APP_DIR, ".faults-build-stamp");
  const stamp = await readFile(stampFile, "utf8").catch(() => "");
  if (stamp === hash) return APP_DIR;
  // While iterating on the tests themselves: keep whatever build is there.
  if (stamp && process.env.BATON_FAULTS_REUSE_BUILD === "1") {
    log(`[faults] reusing the build in ${APP_DIR} (BATON_FAULTS_REUSE_BUILD=1; sources changed since)`);
    return APP_DIR;
  }
  log(`[faults] building the app into ${APP_DIR} (once per source change; a few minutes on a busy machine)`);
  // Fresh sources and dependencies; .next stays, so Turbopack's persistent cache makes a rebuild faster.
  await mkdir(APP_DIR, { recursive: true });
  await rm(stampFile, { force: true });
  for (const top of [...COPIED, "node_modules"]) await rm(join(APP_DIR, top), { recursive: true, force: true });
  for (const top of COPIED) await cp(join(ROOT, top), join(APP_DIR, top), { recursive: true }).catch(() => undefined);
  // Type errors are `npm run typecheck`'s business, and the engineers' half-finished files must not
  // stop a copy that only needs to run: the copy's config skips next build's own type check.
  const configFile = join(APP_DIR, "next.config.ts");
  const config = await readFile(configFile, "utf8");
  if (!config.includes("const config: NextConfig = {")) throw new Error("next.config.ts changed shape: update test/faults/support/app-build.ts");
  await writeFile(configFile, config.replace("const config: NextConfig = {", "const config: NextConfig = {\n  typescript: { ignoreBuildErrors: true },"));
  // Hard links: seconds instead of copying ~1 GB; Turbopack refuses a symlinked node_modules.
  await run("cp", ["-al", join(ROOT, "node_modules"), join(APP_DIR, "node_modules")]);
  const env = { ...process.env, ...testEnv({ NODE_ENV: "production" }), NEXT_TELEMETRY_DISABLED: "1" };
  await run(process.execPath, [join(APP_DIR, "node_modules/next/dist/bin/next"), "build"], { cwd: APP_DIR, env, maxBuffer: 64 * 1024 * 1024 }).catch((error: { stdout?: string; stderr?: string }) => {
    throw new Error(`next build failed in ${APP_DIR}:\n${error.stdout?.slice(-4000)}\n${error.stderr?.slice(-4000)}`);
  });
  await writeFile(stampFile, hash);
  return APP_DIR;
}
