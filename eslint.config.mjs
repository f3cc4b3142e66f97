// Lint, including the layer rules of ARCHITECTURE.md ("Import rules"), enforced with
// no-restricted-imports per folder.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const PRISMA_CLIENT = ["@/generated/prisma", "@/generated/prisma/*", "@prisma/client", "@prisma/client/*"];

const restrict = (patterns, message) => ({
  "no-restricted-imports": ["error", { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ["node_modules/", ".next/", "src/generated/", "public/", "test-results/", "playwright-report/", "next-env.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    // Tests load app modules after changing the environment (import() types) and read loose JSON.
    files: ["test/**/*.ts", "**/*.test.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports", disallowTypeAnnotations: false }],
    },
  },
  {
    files: ["src/features/**/*.ts"],
    ignores: ["src/features/**/*.repository.ts", "src/features/**/*.test.ts"],
    rules: restrict(
      ["@/app/*", "@/components/*", "next", "next/*", "socket.io", "socket.io/*", ...PRISMA_CLIENT],
      "features are framework-free, and only *.repository.ts touches the Prisma client",
    ),
  },
  {
    files: ["src/features/**/*.repository.ts"],
    rules: restrict(["@/app/*", "@/components/*", "next", "next/*", "socket.io"], "features are framework-free"),
  },
  {
    files: ["src/app/**/*.{ts,tsx}"],
    rules: restrict([...PRISMA_CLIENT, "@/server/db"], "app/ goes through a use-case; it never touches the Prisma client"),
  },
  {
    files: ["src/components/**/*.{ts,tsx}"],
    rules: restrict(
      [...PRISMA_CLIENT, "@/server/*", "@/features/**/*.repository", "@/jobs/*"],
      "UI components run in the browser: call the API, never server code",
    ),
  },
  {
    files: ["src/lib/**/*.ts"],
    rules: restrict(["@/*", "../*"], "lib/ is pure and imports nothing internal"),
  },
);
