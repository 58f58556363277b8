// An empty database of its own for a test that must build a schema from scratch (the worker's
// database is already migrated). Named per worker, so parallel workers never share one.
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrations";
import { withClient } from "@/lib/db/with-client";

function adminUrl(): string {
  const url = process.env.TEST_DB_ADMIN_URL;
  if (!url) throw new Error("TEST_DB_ADMIN_URL ontbreekt: start de tests met `npm test`.");
  return url;
}

async function asAdmin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export type ScratchDatabase = { url: string; drop: () => Promise<void> };

export async function createScratchDatabase(purpose: string): Promise<ScratchDatabase> {
  const name = `wingene_${purpose}_${process.env.VITEST_POOL_ID ?? "1"}`;
  const quoted = pg.escapeIdentifier(name);
  await asAdmin(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
  await asAdmin(`CREATE DATABASE ${quoted}`);
  const url = Object.assign(new URL(adminUrl()), { pathname: `/${name}` }).toString();
  return { url, drop: () => asAdmin(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`) };
}

/** Runs statements on a database with a short-lived connection. */
export { withClient } from "@/lib/db/with-client";

export type MigratedDatabase = { db: Db; close: () => Promise<void> };

/**
 * A database as it stood before `migration`: migrated up to `before`, filled with `oldRows`, then
 * migrated on (up to `until` when later migrations reshape those tables). For a data migration's
 * test: what was there before must still be right after.
 */
export async function migratedFrom(
  purpose: string,
  steps: { before: string; oldRows: string; migration: string; until?: string },
): Promise<MigratedDatabase> {
  const scratch = await createScratchDatabase(purpose);
  await applyMigrations(scratch.url, steps.before);
  await withClient(scratch.url, (client) => client.query(steps.oldRows));
  const applied = await applyMigrations(scratch.url, steps.until);
  if (!applied.includes(steps.migration)) throw new Error(`Migratie ${steps.migration} werd niet toegepast`);
  const db = createPrismaClient(scratch.url, 2);
  return {
    db,
    close: async () => {
      await db.$disconnect();
      await scratch.drop();
    },
  };
}

/**
 * `migratedFrom` for one test file: migrated before its tests, dropped after them. Read `.db`
 * inside a test (it is set once the database is ready).
 */
export function migratedForTests(
  purpose: string,
  steps: Parameters<typeof migratedFrom>[1],
): { readonly db: Db } {
  let migrated: MigratedDatabase | undefined;
  beforeAll(async () => {
    migrated = await migratedFrom(purpose, steps);
  });
  afterAll(async () => {
    await migrated?.close();
  });
  return {
    get db() {
      if (!migrated) throw new Error("De database is nog niet gemigreerd");
      return migrated.db;
    },
  };
}
