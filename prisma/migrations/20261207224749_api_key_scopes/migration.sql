-- AlterTable
ALTER TABLE "ApiKey" ADD COLUMN     "scopes" TEXT[] DEFAULT ARRAY['conversations:read', 'conversations:write', 'knowledge:read', 'knowledge:write', 'triggers:simulate']::TEXT[];
