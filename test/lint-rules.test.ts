import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The layer rules of ARCHITECTURE.md are lint rules; this proves they fire.
const eslint = new ESLint();

async function errorsFor(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((message) => message.ruleId === "no-restricted-imports").length;
}

describe("import rules", () => {
  it.each([
    ["src/features/x/do-thing.ts", 'import { NextResponse } from "next/server";\nexport const x = NextResponse;\n'],
    ["src/features/x/do-thing.ts", 'import { PrismaClient } from "@/generated/prisma/client";\nexport const x = PrismaClient;\n'],
    ["src/app/api/x/route.ts", 'import { db } from "@/server/db";\nexport const x = db;\n'],
    ["src/lib/thing.ts", 'import { env } from "@/server/env";\nexport const x = env;\n'],
    ["src/components/thing.tsx", 'import { db } from "@/server/db";\nexport const x = db;\n'],
  ])("%s may not import that", async (file, code) => {
    expect(await errorsFor(file, code)).toBe(1);
  });

  it("allows a repository to use the Prisma types", async () => {
    expect(await errorsFor("src/features/x/x.repository.ts", 'import type { Prisma } from "@/generated/prisma/client";\nexport type X = Prisma.JsonValue;\n')).toBe(0);
  });
});
