// Validate the environment before Next builds or serves anything (STYLE.md rule 10).
import "./src/server/env";
import type { NextConfig } from "next";

const config: NextConfig = {
  poweredByHeader: false,
  // Server-only packages that must not be bundled into route handlers.
  serverExternalPackages: ["pino", "pino-pretty", "bullmq", "ioredis", "@prisma/client", "@prisma/adapter-pg", "pg"],
  typedRoutes: false,
};

export default config;
