// npm run db:backup -- <file>: a consistent backup of DATABASE_URL (or the embedded database) to
// <file> (gzip'd; lib/db/backup.ts). Safe while the portal runs.
import { backupDatabase } from "@/lib/db/backup";
import { startDatabaseForScripts } from "./script-database";

async function main() {
  const file =
    process.argv[2] ?? `wingene-${new Date().toISOString().slice(0, 19).replaceAll(":", "")}.backup.gz`;
  const database = await startDatabaseForScripts();
  try {
    const header = await backupDatabase(database.url, file);
    const rows = header.tables.reduce((sum, t) => sum + t.rows, 0);
    console.log(
      `Back-up in ${file}: ${header.tables.length} tabellen, ${rows} rijen, migratie ${header.migrations.at(-1)}.`,
    );
  } finally {
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
