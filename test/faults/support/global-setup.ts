import { ensureAppBuild } from "./app-build";

/** Builds (or reuses) the copy of the app the fault tests run as child processes. */
export default async function setup() {
  await ensureAppBuild((line) => console.log(line));
}
