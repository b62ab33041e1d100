// A fingerprint of every application table's rows (an md5 per table): any insert, update or
// delete anywhere changes it. For "this GET changed nothing" checks.
import { db } from "@/lib/db";

export async function dbFingerprint(except: string[] = []): Promise<Record<string, string>> {
  // Table names come from pg_catalog and are quoted by format('%I'); nothing is interpolated.
  const rows = await db.$queryRaw<{ t: string; h: string }[]>`
    SELECT tablename AS t, (xpath('/row/h/text()', query_to_xml(format(
      'SELECT md5(coalesce(string_agg(x::text, %L ORDER BY x::text), %L)) AS h FROM %I x', '|', '', tablename), false, true, '')))[1]::text AS h
    FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' AND NOT (tablename = ANY(${except}::text[]))
    ORDER BY tablename`;
  return Object.fromEntries(rows.map((r) => [r.t, r.h]));
}
