-- One optimistic-lock scheme (lib/data/optimistic-lock.ts): a shortlisted program carries an
-- integer version like a job application, instead of comparing updatedAt timestamps.
ALTER TABLE "ShortlistedProgram" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 0;
