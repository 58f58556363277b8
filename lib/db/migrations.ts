// Reads prisma/migrations in Prisma Migrate's layout and applies it, or diffs two datamodels.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { MigrationList } from "@prisma/schema-engine-wasm";
import { withSchemaEngine } from "./schema-engine";

const prismaDir = path.resolve(process.cwd(), "prisma");
export const migrationsDir = path.join(prismaDir, "migrations");
export const schemaPath = path.join(prismaDir, "schema.prisma");
/** The datamodel as it stood when the newest migration was written; see scripts/db-diff.ts. */
export const snapshotPath = path.join(migrationsDir, "schema.snapshot.prisma");

const noFilters = { externalTables: [], externalEnums: [] };

/** The migrations folder as the engine reads it; with `upTo`, only the migrations up to that one. */
async function readMigrationList(upTo?: string): Promise<MigrationList> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const folders = entries
    .filter((e) => e.isDirectory() && (upTo === undefined || e.name <= upTo))
    .map((e) => e.name)
    .sort();
  const lock = await readFile(path.join(migrationsDir, "migration_lock.toml"), "utf8").catch(() => null);
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: lock },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      folders.map(async (name) => ({
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: await readFile(path.join(migrationsDir, name, "migration.sql"), "utf8")
            .then((value) => ({ tag: "ok" as const, value }))
            .catch((error: Error) => ({ tag: "error" as const, value: error.message })),
        },
      })),
    ),
  };
}

/**
 * Applies every migration not yet recorded in `_prisma_migrations` (with `upTo`, stops after that
 * one: tests fill a database as it was before a migration); returns their names.
 */
export async function applyMigrations(databaseUrl: string, upTo?: string): Promise<string[]> {
  const datamodel = await readFile(schemaPath, "utf8");
  const migrationsList = await readMigrationList(upTo);
  return withSchemaEngine(databaseUrl, datamodel, async (engine) => {
    const result = await engine.applyMigrations({ migrationsList, filters: noFilters });
    return result.appliedMigrationNames;
  });
}

/** SQL that turns datamodel `from` (or an empty database) into datamodel `to`; "" when equal. */
export async function diffDatamodels(databaseUrl: string, from: string | null, to: string): Promise<string> {
  return withSchemaEngine(databaseUrl, to, async (engine) => {
    const result = await engine.diff({
      from:
        from === null
          ? { tag: "empty" }
          : { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: from }] },
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: to }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    const sql = result.stdout ?? "";
    return /^\s*(-- This is an empty migration\.)?\s*$/.test(sql) ? "" : sql;
  });
}
