-- AlterTable
ALTER TABLE "Contact" ADD COLUMN     "lastInboundAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "SlackInstallation" ADD COLUMN     "confirmTakeover" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "lastError" TEXT;

-- AlterTable
ALTER TABLE "WhatsAppAccount" ADD COLUMN     "agentAlertTemplate" TEXT,
ADD COLUMN     "followUpTemplate" TEXT,
ADD COLUMN     "lastError" TEXT,
ADD COLUMN     "templateLanguage" TEXT NOT NULL DEFAULT 'en';

-- CreateTable
CREATE TABLE "InboundEvent" (
    "source" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InboundEvent_pkey" PRIMARY KEY ("source","externalId")
);

-- CreateTable
CREATE TABLE "MessageDelivery" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "channel" "DeliveryChannel" NOT NULL,
    "target" TEXT NOT NULL,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "externalId" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MessageDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InboundEvent_createdAt_idx" ON "InboundEvent"("createdAt");

-- CreateIndex
CREATE INDEX "MessageDelivery_organizationId_status_idx" ON "MessageDelivery"("organizationId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "MessageDelivery_messageId_channel_target_key" ON "MessageDelivery"("messageId", "channel", "target");

-- AddForeignKey
ALTER TABLE "MessageDelivery" ADD CONSTRAINT "MessageDelivery_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "Message"("id") ON DELETE CASCADE ON UPDATE CASCADE;
