-- CreateTable
CREATE TABLE "ParkedJob" (
    "id" BIGSERIAL NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "options" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ParkedJob_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "ParkedJob" ADD CONSTRAINT "ParkedJob_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
