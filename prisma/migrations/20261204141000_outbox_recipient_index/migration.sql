-- The account page lists the emails queued to the signed-in person's address, newest first.
CREATE INDEX "EmailOutbox_toAddress_createdAt_idx" ON "EmailOutbox"("toAddress", "createdAt");
