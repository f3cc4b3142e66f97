// The one module that reads process.env. Everything else imports `env` from here, and the
// process entries import it first so a missing variable stops start-up with a message naming it.
import { existsSync } from "node:fs";
import { z } from "zod";

// An empty string in .env means "not set": optional integrations stay off.
const optional = z.preprocess((value) => (value === "" ? undefined : value), z.string().optional());
const booleanFlag = z
  .enum(["true", "false", "1", "0", ""])
  .default("false")
  .transform((value) => value === "true" || value === "1");

const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  PORT: z.coerce.number().int().positive().default(3000),
  HOST: z.string().default("0.0.0.0"),
  PUBLIC_URL: z.url(),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL"),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, "must be a redis:// URL"),
  // Prefix for every BullMQ queue and realtime channel, so tests or several installs can share a Redis.
  REDIS_PREFIX: z.string().default("baton"),
  BETTER_AUTH_SECRET: z.string().min(32, "must be at least 32 characters (openssl rand -hex 32)"),
  // 32 bytes, hex or base64: encrypts Slack and WhatsApp tokens at rest (AES-256-GCM).
  ENCRYPTION_KEY: z.string().min(32, "must be 32 bytes as 64 hex characters (openssl rand -hex 32)"),
  RUN_WORKER_IN_WEB: booleanFlag,
  // true only behind a reverse proxy that sets X-Forwarded-For: rate limits then key on the client
  // it reports. Otherwise the header is ignored (anyone can send it) and the socket address is used.
  TRUST_PROXY: booleanFlag,
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  OPENAI_API_KEY: optional,
  OPENAI_BASE_URL: optional,
  OPENAI_MODEL: z.string().default("gpt-4o-mini"),
  // After this the visitor gets the polite fallback and the offer of a human instead of waiting.
  OPENAI_TIMEOUT_MS: z.coerce.number().int().min(1000).max(120_000).default(15_000),
  SMTP_URL: optional,
  SMTP_FROM: z.string().default("Baton <no-reply@baton.local>"),
  // Slack app for "Add to Slack" (OAuth). Without a client id and secret only manual mode (each
  // workspace's own app: bot token and signing secret) is offered.
  SLACK_CLIENT_ID: optional,
  SLACK_CLIENT_SECRET: optional,
  // Signs the app's Events API and interactivity requests (OAuth mode; manual installs keep their own).
  SLACK_SIGNING_SECRET: optional,
  // The Web API base; tests point it at a local fake. Must end with a slash, as @slack/web-api expects.
  SLACK_API_URL: z.preprocess((value) => (value === "" ? undefined : value), z.url().regex(/\/$/, "must end with /").default("https://slack.com/api/")),
  // WhatsApp Cloud API (Meta Graph): the base URL and version; tests point the base at a local fake.
  WHATSAPP_GRAPH_URL: z.preprocess((value) => (value === "" ? undefined : value), z.url().default("https://graph.facebook.com")),
  WHATSAPP_GRAPH_VERSION: z.preprocess((value) => (value === "" ? undefined : value), z.string().regex(/^v\d+\.\d+$/, "like v21.0").default("v21.0")),
});

export type Env = z.infer<typeof ZEnv>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = ZEnv.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const name = issue.path.join(".");
    return source[name] === undefined || source[name] === ""
      ? `  ${name}: missing (see .env.example)`
      : `  ${name}: ${issue.message}`;
  });
  throw new Error(`Invalid environment:\n${lines.join("\n")}`);
}

function loadEnv(): Env {
  // Local development reads .env; real environment variables always win over the file.
  if (existsSync(".env")) process.loadEnvFile(".env");
  try {
    return parseEnv(process.env);
  } catch (error) {
    // A config error is fatal and must be readable, not a stack trace.
    console.error((error as Error).message);
    process.exit(1);
  }
}

export const env = loadEnv();
