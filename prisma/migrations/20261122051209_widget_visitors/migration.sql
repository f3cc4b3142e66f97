/*
  Warnings:

  - A unique constraint covering the columns `[visitorIdHash]` on the table `Contact` will be added. If there are existing duplicate values, this will fail.

*/
-- AlterTable
ALTER TABLE "Contact" ADD COLUMN     "visitorIdHash" TEXT;

-- AlterTable
ALTER TABLE "KnowledgeEntry" ADD COLUMN     "language" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Contact_visitorIdHash_key" ON "Contact"("visitorIdHash");
