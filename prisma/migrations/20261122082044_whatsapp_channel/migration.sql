-- AlterTable
ALTER TABLE "WhatsAppAccount" ADD COLUMN     "messagesPerSecond" INTEGER NOT NULL DEFAULT 80;

-- CreateIndex
CREATE INDEX "HandoffDelivery_channel_externalId_idx" ON "HandoffDelivery"("channel", "externalId");

-- CreateIndex
CREATE INDEX "MessageDelivery_channel_externalId_idx" ON "MessageDelivery"("channel", "externalId");
