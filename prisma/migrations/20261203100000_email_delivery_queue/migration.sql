-- Email goes out from a job queue (issue 15; docs/decisions/0011-job-queue.md). A message is
-- written QUEUED in the transaction that causes it, with its body sealed (AES-GCM under a key
-- derived from AUTH_SECRET) until delivered; delivery replaces the sealed body with nothing.
-- BOUNCED: the mail server refused the address for good (a 5xx reply), so it is not retried.
ALTER TYPE "EmailStatus" ADD VALUE IF NOT EXISTS 'QUEUED';
ALTER TYPE "EmailStatus" ADD VALUE IF NOT EXISTS 'BOUNCED';
ALTER TABLE "EmailOutbox" ADD COLUMN "sealedBody" TEXT;
ALTER TABLE "EmailOutbox" ADD COLUMN "attempts" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "EmailOutbox" ADD COLUMN "lastAttemptAt" TIMESTAMP(3);
-- Messages sent together (one bulk import) share a batch, so its progress can be shown.
ALTER TABLE "EmailOutbox" ADD COLUMN "batchId" TEXT;
CREATE INDEX "EmailOutbox_batchId_idx" ON "EmailOutbox"("batchId");
-- The latest email for an invitation: the admin sees whether it was delivered.
ALTER TABLE "Invitation" ADD COLUMN "lastEmailId" TEXT;
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_lastEmailId_fkey"
  FOREIGN KEY ("lastEmailId") REFERENCES "EmailOutbox"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "Invitation_lastEmailId_idx" ON "Invitation"("lastEmailId");
