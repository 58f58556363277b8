// npm run db:seed — seeds DATABASE_URL or the embedded database.
import { createPrismaClient } from "@/lib/db/client";
import { startDatabaseForScripts } from "@/scripts/script-database";
import { seed } from "./index";

async function main() {
  const database = await startDatabaseForScripts();
  const db = createPrismaClient(database.url, 2);
  try {
    await seed(db);
    console.log("Demogegevens staan klaar.");
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
