// npm run db:backup / db:restore (lib/db/backup.ts): a backup of a seeded database, restored into
// a fresh database, holds every row of every table and serves: sequences go on where they were,
// new rows can be written. A database that already holds tables is refused and left alone.
import { randomUUID } from "node:crypto";
import { readdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { backupDatabase, restoreDatabase } from "@/lib/db/backup";
import { createPrismaClient } from "@/lib/db/client";
import { applyMigrations, migrationsDir } from "@/lib/db/migrations";
import { seed } from "@/prisma/seed";
import { type ScratchDatabase, createScratchDatabase, withClient } from "./scratch-database";

const file = path.join(os.tmpdir(), `wingene-backup-${randomUUID()}.gz`);
let target: ScratchDatabase;
let restored: ReturnType<typeof createPrismaClient>;

async function counts(url: string): Promise<Record<string, number>> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
    );
    const out: Record<string, number> = {};
    for (const { name } of rows)
      out[name] = Number((await client.query(`SELECT count(*) AS n FROM "${name}"`)).rows[0].n);
    return out;
  });
}

beforeAll(async () => {
  await seed(db);
  target = await createScratchDatabase("restore");
  restored = createPrismaClient(target.url, 2);
});

afterAll(async () => {
  await restored.$disconnect();
  await target.drop();
});

describe("backup and restore", () => {
  it("restores every row of every table into a fresh database", async () => {
    const header = await backupDatabase(process.env.DATABASE_URL!, file);
    expect(header.tables.find((t) => t.name === "User")!.rows).toBeGreaterThan(5);
    await restoreDatabase(target.url, file);
    const [before, after] = await Promise.all([counts(process.env.DATABASE_URL!), counts(target.url)]);
    delete before._prisma_migrations;
    delete after._prisma_migrations;
    expect(after).toEqual(before);
  });

  it("serves after the restore: the same rows, sequences go on, new rows are written", async () => {
    const someone = await db.user.findFirstOrThrow({ where: { email: { endsWith: "@example.be" } } });
    expect(await restored.user.findUnique({ where: { id: someone.id } })).toMatchObject({
      email: someone.email,
      name: someone.name,
    });
    // Both go on from the same value: what the backup saw, whether the sequence was used or not.
    const [{ next: source }] = await db.$queryRaw<
      { next: bigint }[]
    >`SELECT nextval('case_number_seq') AS next`;
    const [{ next }] = await restored.$queryRaw<
      { next: bigint }[]
    >`SELECT nextval('case_number_seq') AS next`;
    expect(next).toBe(source);
    const created = await restored.user.create({ data: { email: `na-herstel-${randomUUID()}@example.be` } });
    expect(await restored.user.count({ where: { id: created.id } })).toBe(1);
  });

  it("refuses a database that already holds tables and leaves it as it was", async () => {
    const before = await counts(target.url);
    await expect(restoreDatabase(target.url, file)).rejects.toThrow(/niet leeg/);
    expect(await counts(target.url)).toEqual(before);
  });

  it("brings a backup made before the newest migrations up to this code's schema", async () => {
    const migrations = (await readdir(migrationsDir, { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    const [old, fresh] = [await createScratchDatabase("old"), await createScratchDatabase("new")];
    await applyMigrations(old.url, migrations.at(-3));
    const oldFile = path.join(os.tmpdir(), `wingene-backup-${randomUUID()}.gz`);
    expect((await backupDatabase(old.url, oldFile)).migrations.at(-1)).toBe(migrations.at(-3));
    await restoreDatabase(fresh.url, oldFile);
    const { rows } = await withClient(fresh.url, (c) =>
      c.query(`SELECT migration_name FROM _prisma_migrations ORDER BY 1`),
    );
    expect(rows.map((r) => r.migration_name)).toEqual(migrations);
    await old.drop();
    await fresh.drop();
  });
});
