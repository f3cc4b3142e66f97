-- CreateIndex
CREATE INDEX "Conversation_organizationId_createdAt_idx" ON "Conversation"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "Handoff_organizationId_createdAt_idx" ON "Handoff"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "Message_organizationId_role_createdAt_idx" ON "Message"("organizationId", "role", "createdAt");
