-- AlterTable
ALTER TABLE "WorkspaceSettings" ALTER COLUMN "confidenceThreshold" SET DEFAULT 0.17;
