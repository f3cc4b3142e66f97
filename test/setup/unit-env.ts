import { testEnv } from "./test-env";

// Unit tests import server modules that read the environment once; give them the test values.
for (const [key, value] of Object.entries(testEnv())) process.env[key] ??= value;
