-- Trigram indexes (inbox search: ILIKE '%term%' on message bodies, contact names and emails) need pg_trgm.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- DropIndex
DROP INDEX "Conversation_organizationId_assigneeId_status_idx";

-- CreateTable
CREATE TABLE "AnalyticsDaySlice" (
    "organizationId" TEXT NOT NULL,
    "timezone" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "slice" TEXT NOT NULL,
    "sliceId" TEXT NOT NULL DEFAULT '',
    "inboxId" TEXT NOT NULL,
    "conversations" INTEGER NOT NULL DEFAULT 0,
    "automated" INTEGER NOT NULL DEFAULT 0,
    "escalated" INTEGER NOT NULL DEFAULT 0,
    "handoffs" INTEGER NOT NULL DEFAULT 0,
    "claimed" INTEGER NOT NULL DEFAULT 0,
    "csatScores" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "reasonCounts" JSONB NOT NULL DEFAULT '{}',
    "claimSeconds" DOUBLE PRECISION[] DEFAULT ARRAY[]::DOUBLE PRECISION[],
    "firstReplySeconds" DOUBLE PRECISION[] DEFAULT ARRAY[]::DOUBLE PRECISION[],
    "resolutionSeconds" DOUBLE PRECISION[] DEFAULT ARRAY[]::DOUBLE PRECISION[],

    CONSTRAINT "AnalyticsDaySlice_pkey" PRIMARY KEY ("organizationId","timezone","slice","day","inboxId","sliceId")
);

-- CreateTable
CREATE TABLE "AnalyticsRollupDay" (
    "organizationId" TEXT NOT NULL,
    "timezone" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AnalyticsRollupDay_pkey" PRIMARY KEY ("organizationId","timezone","day")
);

-- CreateTable
CREATE TABLE "AnalyticsDirtyDay" (
    "id" BIGSERIAL NOT NULL,
    "organizationId" TEXT NOT NULL,
    "day" DATE NOT NULL,

    CONSTRAINT "AnalyticsDirtyDay_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AnalyticsRollupDay_organizationId_day_idx" ON "AnalyticsRollupDay"("organizationId", "day");

-- CreateIndex
CREATE INDEX "AnalyticsDirtyDay_organizationId_day_idx" ON "AnalyticsDirtyDay"("organizationId", "day");

-- CreateIndex
CREATE INDEX "Contact_name_trgm_idx" ON "Contact" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Contact_email_trgm_idx" ON "Contact" USING GIN ("email" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Conversation_organizationId_assigneeId_status_lastMessageAt_idx" ON "Conversation"("organizationId", "assigneeId", "status", "lastMessageAt");

-- CreateIndex
CREATE INDEX "Conversation_organizationId_inboxId_status_lastMessageAt_idx" ON "Conversation"("organizationId", "inboxId", "status", "lastMessageAt");

-- CreateIndex
CREATE INDEX "Conversation_organizationId_teamId_status_lastMessageAt_idx" ON "Conversation"("organizationId", "teamId", "status", "lastMessageAt");

-- CreateIndex
CREATE INDEX "Message_body_trgm_idx" ON "Message" USING GIN ("body" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "AnalyticsDaySlice" ADD CONSTRAINT "AnalyticsDaySlice_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnalyticsRollupDay" ADD CONSTRAINT "AnalyticsRollupDay_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------- analytics rollup upkeep
-- Not part of the Prisma schema (Prisma does not model functions or triggers).

-- Every change that can move an analytics figure appends the UTC date of the rows it touches to
-- AnalyticsDirtyDay (append-only: no writer waits on another, and a marker written by a transaction
-- still running survives the reader that consumes the committed ones).
-- A conversation counts on the day it was created; its handoffs' figures depend on its isTest and inboxId.
CREATE FUNCTION "analytics_mark_conversation"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND (OLD."createdAt"::date <> NEW."createdAt"::date OR OLD."organizationId" <> NEW."organizationId")) THEN
    INSERT INTO "AnalyticsDirtyDay" ("organizationId", day) VALUES (OLD."organizationId", OLD."createdAt"::date);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO "AnalyticsDirtyDay" ("organizationId", day) VALUES (NEW."organizationId", NEW."createdAt"::date);
  END IF;
  IF TG_OP = 'UPDATE' AND (OLD."isTest" IS DISTINCT FROM NEW."isTest" OR OLD."inboxId" IS DISTINCT FROM NEW."inboxId") THEN
    INSERT INTO "AnalyticsDirtyDay" ("organizationId", day)
      SELECT DISTINCT h."organizationId", h."createdAt"::date FROM "Handoff" h WHERE h."conversationId" = NEW.id;
  END IF;
  RETURN NULL;
END $$;

-- A handoff counts on the day it was requested, and makes its conversation "escalated" (that conversation's day).
CREATE FUNCTION "analytics_mark_handoff"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND (OLD."createdAt"::date <> NEW."createdAt"::date OR OLD."conversationId" <> NEW."conversationId")) THEN
    INSERT INTO "AnalyticsDirtyDay" ("organizationId", day)
      SELECT OLD."organizationId", OLD."createdAt"::date
      UNION SELECT c."organizationId", c."createdAt"::date FROM "Conversation" c WHERE c.id = OLD."conversationId";
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO "AnalyticsDirtyDay" ("organizationId", day)
      SELECT NEW."organizationId", NEW."createdAt"::date
      UNION SELECT c."organizationId", c."createdAt"::date FROM "Conversation" c WHERE c.id = NEW."conversationId";
  END IF;
  RETURN NULL;
END $$;

-- UPDATE triggers fire only when a column the figures read changes: posting a message (lastSeq,
-- lastMessageAt) or a status-only handoff change marks nothing.
CREATE TRIGGER "Conversation_analytics_insert_delete" AFTER INSERT OR DELETE ON "Conversation"
  FOR EACH ROW EXECUTE FUNCTION "analytics_mark_conversation"();
CREATE TRIGGER "Conversation_analytics_update" AFTER UPDATE ON "Conversation"
  FOR EACH ROW WHEN (
    OLD.status IS DISTINCT FROM NEW.status OR OLD."queuedAt" IS DISTINCT FROM NEW."queuedAt"
    OR OLD."assignedAt" IS DISTINCT FROM NEW."assignedAt" OR OLD."assigneeId" IS DISTINCT FROM NEW."assigneeId"
    OR OLD."teamId" IS DISTINCT FROM NEW."teamId" OR OLD."csatScore" IS DISTINCT FROM NEW."csatScore"
    OR OLD."isTest" IS DISTINCT FROM NEW."isTest" OR OLD."inboxId" IS DISTINCT FROM NEW."inboxId"
    OR OLD."createdAt" IS DISTINCT FROM NEW."createdAt" OR OLD."organizationId" IS DISTINCT FROM NEW."organizationId")
  EXECUTE FUNCTION "analytics_mark_conversation"();
CREATE TRIGGER "Handoff_analytics_insert_delete" AFTER INSERT OR DELETE ON "Handoff"
  FOR EACH ROW EXECUTE FUNCTION "analytics_mark_handoff"();
CREATE TRIGGER "Handoff_analytics_update" AFTER UPDATE ON "Handoff"
  FOR EACH ROW WHEN (
    OLD.reasons IS DISTINCT FROM NEW.reasons OR OLD."teamId" IS DISTINCT FROM NEW."teamId"
    OR OLD."claimedById" IS DISTINCT FROM NEW."claimedById" OR OLD."claimedAt" IS DISTINCT FROM NEW."claimedAt"
    OR OLD."firstHumanReplyAt" IS DISTINCT FROM NEW."firstHumanReplyAt" OR OLD."resolvedAt" IS DISTINCT FROM NEW."resolvedAt"
    OR OLD."createdAt" IS DISTINCT FROM NEW."createdAt" OR OLD."conversationId" IS DISTINCT FROM NEW."conversationId")
  EXECUTE FUNCTION "analytics_mark_handoff"();
