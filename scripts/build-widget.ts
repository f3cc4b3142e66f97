// `npm run build:widget`: the embeddable widget, built by esbuild into public/ (served as static
// files by Next):
//   public/widget.js              the loader (one IIFE, loaded by every page that embeds Baton)
//   public/widget/frame.html      the chat iframe, fetched only when the visitor shows interest
//   public/widget/frame-<hash>.js + style-<hash>.css   content-hashed, so they can be cached for ever
//   public/widget/locales/<lang>-<hash>.json          one per language; the app fetches only the visitor's
// Target es2019: the loader runs on customers' sites, whose visitors' browsers we do not choose.
import { build, type BuildOptions } from "esbuild";
import { createHash } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { TRANSLATIONS } from "../src/widget/app/locales/translations";

const root = path.resolve(import.meta.dirname, "..");
const publicDir = path.join(root, "public");
const frameDir = path.join(publicDir, "widget");

const common: BuildOptions = {
  bundle: true,
  minify: true,
  target: "es2019",
  platform: "browser",
  legalComments: "none",
  logLevel: "warning",
  jsx: "automatic",
  jsxImportSource: "preact",
  define: { "process.env.NODE_ENV": '"production"' },
  absWorkingDir: root,
};

// Scripts only from Baton's origin; network only to Baton (REST and the socket); images from
// anywhere (agent avatars, the workspace logo). Inline styles set through the CSSOM are allowed.
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src https: http: data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

function frameHtml(script: string, style: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="strict-origin-when-cross-origin">
<title>Chat</title>
<link rel="stylesheet" href="${style}">
<script defer src="${script}"></script>
</head>
<body><div id="root"></div></body>
</html>
`;
}

async function buildWidget(): Promise<void> {
  await build({ ...common, entryPoints: ["src/widget/loader/index.ts"], outfile: path.join(publicDir, "widget.js"), format: "iife" });

  await rm(frameDir, { recursive: true, force: true }); // old hashed files
  await mkdir(path.join(frameDir, "locales"), { recursive: true });
  const localeFiles: Record<string, string> = {};
  for (const [locale, strings] of Object.entries(TRANSLATIONS)) {
    const json = JSON.stringify(strings);
    const file = `locales/${locale}-${createHash("sha256").update(json).digest("hex").slice(0, 8)}.json`;
    await writeFile(path.join(frameDir, file), json);
    localeFiles[locale] = file;
  }
  const result = await build({
    ...common,
    define: { ...common.define, BATON_LOCALE_FILES: JSON.stringify(localeFiles) },
    entryPoints: { frame: "src/widget/app/main.tsx", style: "src/widget/app/styles.css" },
    outdir: frameDir,
    entryNames: "[name]-[hash]",
    format: "iife",
    // frame.html declares UTF-8, so the translations can stay as UTF-8 instead of \u escapes
    // (a third of their size). The loader stays ASCII: it runs in pages of any encoding.
    charset: "utf8",
    metafile: true,
  });
  const outputs = Object.keys(result.metafile.outputs).map((file) => path.basename(file));
  const script = outputs.find((file) => file.startsWith("frame-") && file.endsWith(".js"));
  const style = outputs.find((file) => file.startsWith("style-") && file.endsWith(".css"));
  if (!script || !style) throw new Error(`unexpected esbuild outputs: ${outputs.join(", ")}`);
  await writeFile(path.join(frameDir, "frame.html"), frameHtml(script, style));
  console.log(`widget built: public/widget.js, public/widget/{frame.html,${script},${style}}`);
}

await buildWidget();
