// Guards the migration workflow: schema.prisma may not drift from the migrations.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { applyMigrations, diffDatamodels, schemaPath, snapshotPath } from "@/lib/db/migrations";
import { db } from "@/lib/db";
import { createScratchDatabase, withClient } from "./scratch-database";
import { readStructure } from "./schema-structure";

describe("migrations", () => {
  it("cover every change in schema.prisma (run `npm run db:diff -- <name>` after editing the schema)", async () => {
    const [schema, snapshot] = await Promise.all([
      readFile(schemaPath, "utf8"),
      readFile(snapshotPath, "utf8"),
    ]);
    const missing = await diffDatamodels(process.env.DATABASE_URL!, snapshot, schema);
    expect(missing, `schema.prisma changed without a migration:\n${missing}`).toBe("");
  });

  // Hand-edited migrations (renames written by hand so data is kept) must still end where
  // schema.prisma says: the same tables, columns, enum values, index and key names as a database
  // built straight from schema.prisma.
  it("build the structure schema.prisma describes, names of indexes and keys included", async () => {
    const schema = await readFile(schemaPath, "utf8");
    const scratch = await createScratchDatabase("schema_check");
    try {
      const fresh = await diffDatamodels(scratch.url, null, schema);
      const expected = await withClient(scratch.url, async (client) => {
        await client.query(fresh);
        return readStructure(client);
      });
      const migrated = await withClient(process.env.DATABASE_URL!, readStructure);
      expect(migrated).toEqual(expected);
    } finally {
      await scratch.drop();
    }
  });

  it("build a database in which every model can be read with all its columns", async () => {
    const models = Object.keys(db).filter((key) => !key.startsWith("$") && !key.startsWith("_"));
    expect(models.length).toBeGreaterThan(10);
    const failures: string[] = [];
    for (const model of models) {
      const delegate = (db as unknown as Record<string, { findFirst?: () => Promise<unknown> }>)[model];
      if (typeof delegate?.findFirst !== "function") continue;
      await delegate
        .findFirst()
        .catch((error: Error) => failures.push(`${model}: ${error.message.split("\n")[0]}`));
    }
    expect(failures).toEqual([]);
  });

  it("are applied once: a second run applies nothing", async () => {
    expect(await applyMigrations(process.env.DATABASE_URL!)).toEqual([]);
  });

  // Each refusal must name its constraint: a bare "throws" would also pass on a missing site or a
  // typo in a column, while the CHECK itself was never created.
  it("include the hand-written CHECK constraints", async () => {
    const site = await db.site.create({
      data: {
        slug: `check-${Date.now()}`,
        name: "Test",
        street: "Teststraat 1",
        postcode: "8750",
        city: "Wingene",
      },
    });
    const hours = (weekday: number, opensAt: number, closesAt: number) =>
      db.openingHours.create({ data: { siteId: site.id, weekday, opensAt, closesAt } });
    await expect(hours(8, 600, 700)).rejects.toThrow(/OpeningHours_weekday_check/);
    await expect(hours(1, 700, 600)).rejects.toThrow(/OpeningHours_window_check/);
    await expect(hours(1, 600, 700)).resolves.toMatchObject({ weekday: 1 });
    await db.site.delete({ where: { id: site.id } });
  });
});
