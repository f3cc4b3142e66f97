import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "./env";

export type Db = PrismaClient;
// A repository accepts the client or a transaction client, so a use-case can compose them.
export type DbClient = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

function createDb(): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: env.DATABASE_URL, max: 10 }) });
}

// Next's route handlers live in their own module graph (and dev reloads modules): keep one
// client per process on globalThis instead of one per graph.
const globalForDb = globalThis as unknown as { batonDb?: PrismaClient };
export const db: PrismaClient = (globalForDb.batonDb ??= createDb());
