// npm run db:restore -- <file> [database]: puts a backup back into an empty database: the given
// one (created on the same server), or DATABASE_URL / the embedded database of a fresh install.
// A database that holds tables is refused; nothing is overwritten.
import { restoreDatabase } from "@/lib/db/backup";
import { ensureDatabase } from "@/lib/db/embedded-postgres";
import { startDatabaseForScripts } from "./script-database";

async function main() {
  const [file, name] = process.argv.slice(2);
  if (!file) throw new Error("Gebruik: npm run db:restore -- <back-upbestand> [databanknaam]");
  if (name && !/^[a-z_][a-z0-9_]{0,62}$/.test(name))
    throw new Error("Een databanknaam: kleine letters, cijfers, _.");
  const database = await startDatabaseForScripts();
  try {
    let url = database.url;
    if (name) {
      await ensureDatabase(database.adminUrl, name);
      url = Object.assign(new URL(database.url), { pathname: `/${name}` }).toString();
    }
    const header = await restoreDatabase(url, file);
    const rows = header.tables.reduce((sum, t) => sum + t.rows, 0);
    console.log(
      `Teruggezet: ${rows} rijen uit de back-up van ${header.createdAt}${name ? ` in databank ${name}` : ""}.`,
    );
  } finally {
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
