// Applies pending migrations to DATABASE_URL (or the embedded database): npm run db:migrate
import { applyMigrations } from "@/lib/db/migrations";
import { startDatabaseForScripts } from "./script-database";

async function main() {
  const database = await startDatabaseForScripts();
  try {
    const applied = await applyMigrations(database.url);
    console.log(applied.length ? `Toegepast: ${applied.join(", ")}` : "De databank is bij.");
  } finally {
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
