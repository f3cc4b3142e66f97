-- CreateEnum
CREATE TYPE "DraftStatus" AS ENUM ('PENDING', 'APPROVED', 'EDITED', 'REJECTED');

-- AlterTable
ALTER TABLE "Conversation" ADD COLUMN     "csatAt" TIMESTAMP(3),
ADD COLUMN     "csatComment" TEXT,
ADD COLUMN     "csatScore" INTEGER;

-- AlterTable
ALTER TABLE "Handoff" ADD COLUMN     "firstHumanReplyAt" TIMESTAMP(3),
ADD COLUMN     "firstNotifiedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "WorkspaceSettings" ADD COLUMN     "draftApprovalBelow" DOUBLE PRECISION,
ADD COLUMN     "draftApprovalReasons" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "draftApprovalTags" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "escalationWidenAfterSecs" INTEGER NOT NULL DEFAULT 60,
ALTER COLUMN "missedChatTimeoutSecs" SET DEFAULT 180;

-- CreateTable
CREATE TABLE "ConversationRead" (
    "organizationId" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "lastReadSeq" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConversationRead_pkey" PRIMARY KEY ("userId","conversationId")
);

-- CreateTable
CREATE TABLE "BotDraft" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "replyToSeq" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "confidence" DOUBLE PRECISION,
    "sources" JSONB NOT NULL DEFAULT '[]',
    "heldBecause" JSONB NOT NULL DEFAULT '{}',
    "status" "DraftStatus" NOT NULL DEFAULT 'PENDING',
    "decidedById" TEXT,
    "decidedVia" TEXT,
    "decidedAt" TIMESTAMP(3),
    "messageId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BotDraft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoutingRule" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "position" INTEGER NOT NULL DEFAULT 0,
    "reasons" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "keywords" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "intents" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "languages" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "tiers" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "teamId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RoutingRule_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ConversationRead_organizationId_idx" ON "ConversationRead"("organizationId");

-- CreateIndex
CREATE INDEX "BotDraft_organizationId_status_createdAt_idx" ON "BotDraft"("organizationId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "BotDraft_conversationId_idx" ON "BotDraft"("conversationId");

-- CreateIndex
CREATE INDEX "RoutingRule_organizationId_position_idx" ON "RoutingRule"("organizationId", "position");

-- CreateIndex
CREATE INDEX "Conversation_organizationId_status_queuedAt_idx" ON "Conversation"("organizationId", "status", "queuedAt");

-- AddForeignKey
ALTER TABLE "ConversationRead" ADD CONSTRAINT "ConversationRead_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConversationRead" ADD CONSTRAINT "ConversationRead_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BotDraft" ADD CONSTRAINT "BotDraft_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BotDraft" ADD CONSTRAINT "BotDraft_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BotDraft" ADD CONSTRAINT "BotDraft_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoutingRule" ADD CONSTRAINT "RoutingRule_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoutingRule" ADD CONSTRAINT "RoutingRule_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;
