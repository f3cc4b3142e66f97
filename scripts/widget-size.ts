// `npm run size:widget`: gzip sizes of the built widget against its budgets (issue 3), exit 1 when
// over. "Loader" is public/widget.js, downloaded by every page that embeds Baton. "On open" is
// everything the chat iframe fetches when the visitor opens it: frame.html, the files it links,
// and the largest language file (a visitor gets at most one; English is bundled).
// Sizes are gzip at level 9, as a CDN or Next's own compression would serve them.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const KB = 1024;
const BUDGETS = { loader: 6 * KB, open: 40 * KB };

const publicDir = path.resolve(import.meta.dirname, "..", "public");
const frameDir = path.join(publicDir, "widget");

const gzip = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

function linkedFiles(html: string): string[] {
  return [...html.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((match) => match[1]!).filter((url) => !/^[a-z]+:/i.test(url));
}

function main(): number {
  const rows: [string, number][] = [];
  const loader = gzip(path.join(publicDir, "widget.js"));

  const html = readFileSync(path.join(frameDir, "frame.html"), "utf8");
  const open: [string, number][] = [["widget/frame.html", gzip(path.join(frameDir, "frame.html"))]];
  for (const file of linkedFiles(html)) open.push([`widget/${file}`, gzip(path.join(frameDir, file))]);
  const locales = readdirSync(path.join(frameDir, "locales")).map((file): [string, number] => [`widget/locales/${file}`, gzip(path.join(frameDir, "locales", file))]);
  const largestLocale = locales.sort((a, b) => b[1] - a[1])[0];
  if (largestLocale) open.push([`${largestLocale[0]} (largest language file)`, largestLocale[1]]);
  const openTotal = open.reduce((sum, [, size]) => sum + size, 0);

  rows.push(["widget.js (loader)", loader]);
  for (const row of open) rows.push([`  ${row[0]}`, row[1]]);
  const width = Math.max(...rows.map(([name]) => name.length)) + 2;
  console.log("Widget sizes (gzip -9)\n");
  console.log(`${"widget.js (loader)".padEnd(width)}${kb(loader).padStart(9)}   budget ${kb(BUDGETS.loader)}   ${loader <= BUDGETS.loader ? "ok" : "OVER"}`);
  console.log("\nFetched on open:");
  for (const [name, size] of open) console.log(`${`  ${name}`.padEnd(width)}${kb(size).padStart(9)}`);
  console.log(`${"  total".padEnd(width)}${kb(openTotal).padStart(9)}   budget ${kb(BUDGETS.open)}   ${openTotal <= BUDGETS.open ? "ok" : "OVER"}`);
  return loader <= BUDGETS.loader && openTotal <= BUDGETS.open ? 0 : 1;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\nRun npm run build:widget first.`);
  process.exitCode = 1;
}
