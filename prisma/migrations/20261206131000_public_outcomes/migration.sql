-- Issue 16: a program may publish one standard's latest figures on a public page (opt-in).
ALTER TABLE "Organization" ADD COLUMN "publicStandard" TEXT,
ADD COLUMN "publicMinCell" INTEGER NOT NULL DEFAULT 10,
ADD COLUMN "publicSince" TIMESTAMP(3);
