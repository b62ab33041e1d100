-- Outbox rows written before links were redacted at rest (docs/decisions/0008) may still hold
-- working reset, sign-up or invitation links: remove every link query and token-looking run,
-- the same rules as lib/domain/redact-links.ts. (A demo's pending links go too; ask for new ones.)
UPDATE "EmailOutbox"
SET "textBody" = regexp_replace(
      regexp_replace("textBody", '(https?://[^[:space:]?#]*)[?#][^[:space:]]*', '\1?[removed: sent by email only]', 'gi'),
      '[A-Za-z0-9_-]{32,}', '[removed: sent by email only]', 'g')
WHERE "textBody" ~ '[?#]|[A-Za-z0-9_-]{32,}';
