// The database a script works on: DATABASE_URL when set, otherwise the embedded server of `npm start`.
import path from "node:path";
import { ensureDatabase, startEmbeddedPostgres } from "@/lib/db/embedded-postgres";

const EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
const EMBEDDED_DATA_DIR = path.resolve(process.env.DATA_DIR ?? ".data", "postgres");

export type ScriptDatabase = { url: string; adminUrl: string; stop: () => Promise<void> };

export async function startDatabaseForScripts(): Promise<ScriptDatabase> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, adminUrl: process.env.DATABASE_URL, stop: async () => {} };
  }
  const server = await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR, port: EMBEDDED_PORT });
  await ensureDatabase(server.url("postgres"), "wingene");
  return { url: server.url("wingene"), adminUrl: server.url("postgres"), stop: server.stop };
}
