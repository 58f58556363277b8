// Guards the migration workflow: schema.prisma may not drift from the migrations.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { applyMigrations, diffDatamodels, schemaPath, snapshotPath } from "@/lib/db/migrations";
import { db } from "@/lib/db";

describe("migrations", () => {
  it("cover every change in schema.prisma (run `npm run db:diff -- <name>` after editing the schema)", async () => {
    const [schema, snapshot] = await Promise.all([
      readFile(schemaPath, "utf8"),
      readFile(snapshotPath, "utf8"),
    ]);
    const missing = await diffDatamodels(process.env.DATABASE_URL!, snapshot, schema);
    expect(missing, `schema.prisma changed without a migration:\n${missing}`).toBe("");
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
    await expect(
      db.openingHours.create({ data: { siteId: site.id, weekday: 8, opensAt: 600, closesAt: 700 } }),
    ).rejects.toThrow();
    await expect(
      db.openingHours.create({ data: { siteId: site.id, weekday: 1, opensAt: 700, closesAt: 600 } }),
    ).rejects.toThrow();
    await db.site.delete({ where: { id: site.id } });
  });
});
