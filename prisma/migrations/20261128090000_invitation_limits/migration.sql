-- Invitation mail limits (issue 12): when each invitation was last sent and how often, and
-- rate-limit windows per program, inviter and recipient address.

-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN "lastSentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN "sendCount" INTEGER NOT NULL DEFAULT 1;

-- Existing invitations were sent once, when they were created.
UPDATE "Invitation" SET "lastSentAt" = "createdAt";

-- CreateTable
CREATE TABLE "RateLimitWindow" (
    "key" TEXT NOT NULL,
    "used" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RateLimitWindow_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "RateLimitWindow_windowStart_idx" ON "RateLimitWindow"("windowStart");
