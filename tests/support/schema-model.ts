// Describes a database schema two ways so they can be compared: as schema.prisma implies it
// (via Prisma's own schema parser, the wasm build) and as Postgres reports it.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import pg from "pg";

export interface SchemaShape {
  columns: string[]; // "Table.column type null|not null"
  indexes: string[]; // "Table(col,col) unique|index|primary"
  foreignKeys: string[]; // "Table(col) -> Other(col) on delete X"
  enums: string[]; // "Enum: A,B"
}

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "object" | "enum";
  type: string;
  isRequired: boolean;
  isList: boolean;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
interface DmmfIndex {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  fields: { name: string }[];
}
interface Dmmf {
  datamodel: { models: DmmfModel[]; enums: { name: string; values: { name: string }[] }[]; indexes: DmmfIndex[] };
}

const SCALAR_TYPES: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Boolean: "boolean",
  Float: "double precision",
  Decimal: "numeric",
  Json: "jsonb",
  DateTime: "timestamp(3)",
  Bytes: "bytea",
};

function columnType(f: DmmfField): string {
  if (f.kind === "enum") return `enum ${f.type}`;
  const native = f.nativeType?.[0];
  if (native === "Date") return "date";
  if (native === "Timestamptz") return "timestamptz(3)";
  const base = SCALAR_TYPES[f.type] ?? f.type;
  return f.isList ? `${base}[]` : base;
}

export function shapeFromPrismaSchema(schemaPath: string): SchemaShape {
  const require = createRequire(import.meta.url);
  const wasm = require("@prisma/prisma-schema-wasm") as { get_dmmf(params: string): string };
  const dmmf = JSON.parse(wasm.get_dmmf(JSON.stringify({ prismaSchema: readFileSync(schemaPath, "utf8") }))) as Dmmf;
  const table = (m: string) => dmmf.datamodel.models.find((x) => x.name === m)!;
  const tableName = (m: DmmfModel) => m.dbName ?? m.name;
  const col = (m: DmmfModel, field: string) => m.fields.find((f) => f.name === field)?.dbName ?? field;
  const shape: SchemaShape = { columns: [], indexes: [], foreignKeys: [], enums: [] };
  for (const m of dmmf.datamodel.models) {
    for (const f of m.fields) {
      if (f.kind === "object") {
        if (f.relationFromFields?.length) {
          const target = table(f.type);
          const onDelete = f.relationOnDelete ?? (f.isRequired ? "Restrict" : "SetNull");
          shape.foreignKeys.push(
            `${tableName(m)}(${f.relationFromFields.map((x) => col(m, x)).join(",")}) -> ${tableName(target)}(${(f.relationToFields ?? []).map((x) => col(target, x)).join(",")}) on delete ${onDelete}`,
          );
        }
        continue;
      }
      // Prisma Migrate creates scalar-list columns (String[]) without NOT NULL, though the client treats them as required.
      const notNull = f.isRequired && !f.isList;
      shape.columns.push(`${tableName(m)}.${f.dbName ?? f.name} ${columnType(f)} ${notNull ? "not null" : "null"}`);
    }
  }
  for (const idx of dmmf.datamodel.indexes) {
    const m = table(idx.model);
    const kind = idx.type === "id" ? "primary" : idx.type === "unique" ? "unique" : "index";
    shape.indexes.push(`${tableName(m)}(${idx.fields.map((f) => col(m, f.name)).join(",")}) ${kind}`);
  }
  shape.enums = dmmf.datamodel.enums.map((e) => `${e.name}: ${e.values.map((v) => v.name).join(",")}`);
  return sortShape(shape);
}

const ON_DELETE: Record<string, string> = { a: "NoAction", r: "Restrict", c: "Cascade", n: "SetNull", d: "SetDefault" };

export async function shapeFromDatabase(url: string): Promise<SchemaShape> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const columns = await client.query<{
      table_name: string;
      column_name: string;
      data_type: string;
      udt_name: string;
      is_nullable: string;
      datetime_precision: number | null;
    }>(
      `SELECT table_name, column_name, data_type, udt_name, is_nullable, datetime_precision FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    );
    const indexes = await client.query<{ table: string; cols: string[]; is_unique: boolean; is_primary: boolean }>(
      `SELECT t.relname AS table, ARRAY(SELECT a.attname FROM unnest(ix.indkey) WITH ORDINALITY k(attnum, ord)
         JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS cols,
         ix.indisunique AS is_unique, ix.indisprimary AS is_primary
       FROM pg_index ix JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
       WHERE n.nspname = 'public' AND t.relname <> '_prisma_migrations'`,
    );
    const fks = await client.query<{ table: string; cols: string[]; ref_table: string; ref_cols: string[]; del: string }>(
      `SELECT c.conrelid::regclass::text AS table, c.confrelid::regclass::text AS ref_table, c.confdeltype AS del,
         ARRAY(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(attnum, ord) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS cols,
         ARRAY(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY k(attnum, ord) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS ref_cols
       FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE c.contype = 'f' AND n.nspname = 'public'`,
    );
    const enums = await client.query<{ name: string; vals: string[] }>(
      `SELECT t.typname AS name, ARRAY(SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder)::text[] AS vals
       FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.typtype = 'e' AND n.nspname = 'public'`,
    );
    const unquote = (s: string) => s.replace(/^"|"$/g, "");
    const typeOf = (c: (typeof columns.rows)[number]) => {
      if (c.data_type === "USER-DEFINED") return `enum ${c.udt_name}`;
      if (c.data_type === "timestamp without time zone") return `timestamp(${c.datetime_precision})`;
      if (c.data_type === "timestamp with time zone") return `timestamptz(${c.datetime_precision})`;
      if (c.data_type === "ARRAY") return `${c.udt_name.replace(/^_/, "").replace("int4", "integer")}[]`;
      return c.data_type;
    };
    return sortShape({
      columns: columns.rows.map((c) => `${c.table_name}.${c.column_name} ${typeOf(c)} ${c.is_nullable === "YES" ? "null" : "not null"}`),
      indexes: indexes.rows.map((i) => `${i.table}(${i.cols.join(",")}) ${i.is_primary ? "primary" : i.is_unique ? "unique" : "index"}`),
      foreignKeys: fks.rows.map(
        (f) => `${unquote(f.table)}(${f.cols.join(",")}) -> ${unquote(f.ref_table)}(${f.ref_cols.join(",")}) on delete ${ON_DELETE[f.del]}`,
      ),
      enums: enums.rows.map((e) => `${e.name}: ${e.vals.join(",")}`),
    });
  } finally {
    await client.end();
  }
}

function sortShape(s: SchemaShape): SchemaShape {
  return {
    columns: [...s.columns].sort(),
    indexes: [...s.indexes].sort(),
    foreignKeys: [...s.foreignKeys].sort(),
    enums: [...s.enums].sort(),
  };
}
