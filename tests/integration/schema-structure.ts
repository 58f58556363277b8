// A database's structure as comparable text, read from the catalog: what Prisma's schema decides
// (tables, columns, enums in their order, indexes, primary, unique and foreign keys). Hand-written
// CHECK and exclusion constraints are left out: schema.prisma cannot express them.
import type pg from "pg";

const QUERIES = {
  columns: `
    SELECT table_name || '.' || column_name || ' ' || udt_name || ' ' || is_nullable || ' ' || coalesce(column_default, '') AS line
    FROM information_schema.columns
    WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
  enums: `
    SELECT t.typname || ': ' || string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder) AS line
    FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE n.nspname = 'public' GROUP BY t.typname`,
  indexes: `
    SELECT indexdef AS line FROM pg_indexes i
    WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname AND c.contype = 'x')`,
  keys: `
    SELECT r.relname || ' ' || c.conname || ' ' || pg_get_constraintdef(c.oid) AS line
    FROM pg_constraint c JOIN pg_class r ON r.oid = c.conrelid JOIN pg_namespace n ON n.oid = r.relnamespace
    WHERE n.nspname = 'public' AND c.contype IN ('p', 'u', 'f') AND r.relname <> '_prisma_migrations'`,
};

export type Structure = Record<keyof typeof QUERIES, string[]>;

export async function readStructure(client: pg.Client): Promise<Structure> {
  const structure = {} as Structure;
  for (const [part, sql] of Object.entries(QUERIES) as [keyof Structure, string][]) {
    const { rows } = await client.query<{ line: string }>(sql);
    structure[part] = rows.map((r) => r.line).sort();
  }
  return structure;
}
