// Writes a new migration for the changes in prisma/schema.prisma since the last one:
//   npm run db:diff -- <name>
// The wasm schema engine cannot replay migrations into a shadow database, so the datamodel of the
// newest migration is kept beside it (schema.snapshot.prisma) and the diff is taken from that.
// Hand-written SQL (exclusion and CHECK constraints) goes in a migration of its own or is appended.
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { diffDatamodels, migrationsDir, schemaPath, snapshotPath } from "@/lib/db/migrations";
import { startDatabaseForScripts } from "./script-database";

async function main() {
  const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
  if (!name) throw new Error("Geef een naam: npm run db:diff -- add_tickets");
  const current = await readFile(schemaPath, "utf8");
  const previous = existsSync(snapshotPath) ? await readFile(snapshotPath, "utf8") : null;
  const database = await startDatabaseForScripts();
  try {
    const sql = await diffDatamodels(database.adminUrl, previous, current);
    if (!sql) {
      console.log("Geen wijzigingen in schema.prisma: geen migratie nodig.");
      return;
    }
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const folder = path.join(migrationsDir, `${stamp}_${name}`);
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, "migration.sql"), sql);
    await writeFile(snapshotPath, current);
    if (!existsSync(path.join(migrationsDir, "migration_lock.toml"))) {
      await writeFile(path.join(migrationsDir, "migration_lock.toml"), 'provider = "postgresql"\n');
    }
    console.log(`Migratie geschreven: ${path.relative(process.cwd(), folder)}/migration.sql`);
  } finally {
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
