// Widget download sizes for `npm run bench`: the same measurement as `npm run size:widget`
// (scripts/widget-size.ts: gzip -9 of the loader, and of everything the chat iframe fetches on
// open with the largest language file), printed as one JSON line. Builds the widget first when
// public/widget.js is missing (a fresh checkout: the build output is not committed).
//
//   npx tsx bench/widget-size.ts [--rebuild]
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";

const { values } = parseArgs({ options: { rebuild: { type: "boolean", default: false } } });

const KB = 1024;
const root = path.resolve(import.meta.dirname, "..");
const publicDir = path.join(root, "public");
const frameDir = path.join(publicDir, "widget");

const gzip = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Same-origin files frame.html links (scripts, styles); absolute URLs are not Baton's to count. */
function linkedFiles(html: string): string[] {
  return [...html.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((match) => match[1]!).filter((url) => !/^[a-z]+:/i.test(url));
}

function build() {
  console.error("[widget-size] building the widget (npm run build:widget)...");
  // stdout goes to stderr: this process's stdout carries only the figures.
  const result = spawnSync("npm", ["run", "-s", "build:widget"], { cwd: root, stdio: ["ignore", 2, 2] });
  if (result.status !== 0) throw new Error(`npm run build:widget failed (exit ${result.status})`);
}

function measure() {
  const loader = gzip(path.join(publicDir, "widget.js"));
  const html = readFileSync(path.join(frameDir, "frame.html"), "utf8");
  const open: Record<string, number> = { "widget/frame.html": gzip(path.join(frameDir, "frame.html")) };
  for (const file of linkedFiles(html)) open[`widget/${file}`] = gzip(path.join(frameDir, file));
  // A visitor gets at most one language file (English is bundled): count the largest.
  const locales = readdirSync(path.join(frameDir, "locales")).map((file) => [`widget/locales/${file}`, gzip(path.join(frameDir, "locales", file))] as const);
  const largest = [...locales].sort((a, b) => b[1] - a[1])[0];
  if (largest) open[largest[0]] = largest[1];
  const openTotal = Object.values(open).reduce((sum, size) => sum + size, 0);
  return { loader, open, openTotal };
}

function main() {
  if (values.rebuild || !existsSync(path.join(publicDir, "widget.js"))) build();
  const { loader, open, openTotal } = measure();
  const kb = (bytes: number) => Number((bytes / KB).toFixed(2));
  console.error(`[widget-size] loader ${kb(loader)} KB, on open ${kb(openTotal)} KB (gzip -9)`);
  console.log(
    JSON.stringify({
      bench: "widget-size",
      loaderGzKb: kb(loader),
      openGzKb: kb(openTotal),
      openFilesGzBytes: open,
    }),
  );
}

main();
