// Validate the environment before Next builds or serves anything (STYLE.md rule 10).
import "./src/server/env";
import type { NextConfig } from "next";

const config: NextConfig = {
  poweredByHeader: false,
  // Server-only packages that must not be bundled into route handlers.
  serverExternalPackages: ["pino", "pino-pretty", "bullmq", "ioredis", "@prisma/client", "@prisma/adapter-pg", "pg"],
  typedRoutes: false,
  // The widget loader is fetched on every page view of every customer site: short cache so a new
  // release reaches visitors within minutes; the chat app's files have content-hashed names.
  async headers() {
    const cache = (value: string) => [{ key: "Cache-Control", value }];
    return [
      { source: "/widget.js", headers: cache("public, max-age=300") },
      { source: "/widget/frame.html", headers: cache("no-cache") },
      { source: "/widget/:file((?:frame|style)-.+)", headers: cache("public, max-age=31536000, immutable") },
      { source: "/widget/locales/:file*", headers: cache("public, max-age=31536000, immutable") },
    ];
  },
};

export default config;
