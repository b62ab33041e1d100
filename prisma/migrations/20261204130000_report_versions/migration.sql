-- One counter per cached report scope ("roster", "outcomes", "outcomes:<organization id>").
-- A write that changes staff figures bumps it; every app instance compares it with the
-- version its cached copy was computed at, so a write on one instance refreshes all of them.
CREATE TABLE "ReportVersion" (
    "scope" TEXT NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 1,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReportVersion_pkey" PRIMARY KEY ("scope")
);
