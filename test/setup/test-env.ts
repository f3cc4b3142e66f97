// Environment for tests: real local Postgres and Redis, fixed non-secret keys. Anything already
// set in the environment (CI, a developer's shell) wins over these defaults.
export const TEST_ENV_DEFAULTS: Record<string, string> = {
  NODE_ENV: "test",
  PUBLIC_URL: "http://localhost:3100",
  DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/baton_test",
  REDIS_URL: "redis://127.0.0.1:6379",
  REDIS_PREFIX: "baton-test",
  BETTER_AUTH_SECRET: "test-only-secret-0123456789abcdef0123456789abcdef",
  ENCRYPTION_KEY: "0000000000000000000000000000000000000000000000000000000000000000",
  LOG_LEVEL: "warn",
  OPENAI_API_KEY: "",
  SMTP_URL: "",
};

export function testEnv(overrides: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(TEST_ENV_DEFAULTS)) env[key] = process.env[`TEST_${key}`] ?? value;
  return { ...env, ...overrides };
}

/** postgresql://.../baton_test -> the same server with another database name. */
export function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}
