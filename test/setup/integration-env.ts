import { inject } from "vitest";

// Runs before each integration test file is imported, so src/server/env.ts sees the test values.
Object.assign(process.env, inject("testEnv"));
