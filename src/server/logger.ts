import pino from "pino";
import { env } from "./env";

// Secrets never reach the log: these paths are replaced wherever they appear in a log object.
const REDACT = [
  "password",
  "*.password",
  "token",
  "*.token",
  "*.accessToken",
  "*.botToken",
  "*.apiKey",
  "*.secret",
  "headers.authorization",
  "headers.cookie",
  "req.headers.authorization",
  "req.headers.cookie",
];

export const logger = pino({
  level: env.LOG_LEVEL,
  base: { service: "baton" },
  redact: { paths: REDACT, censor: "[redacted]" },
});

export type Logger = typeof logger;
