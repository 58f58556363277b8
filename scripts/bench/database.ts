// A throwaway PostgreSQL on a free port with the migrated schema: the benchmark never touches a
// developer's database, and every run starts from empty tables.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "@/lib/db/client";
import { ensureDatabase, startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { applyMigrations } from "@/lib/db/migrations";
import { freePort } from "./free-port";
import type { BenchRun } from "./resources";

export const DATABASE = "wingene_bench";

export async function startDatabase(run: BenchRun) {
  // BENCH_PG_PORT: a port given to this run on a shared machine; else any free one.
  const port = Number(process.env.BENCH_PG_PORT) || (await freePort());
  // Registered on the run at once, so that a failing migration still stops it.
  const postgres = await startEmbeddedPostgres({
    dataDir: path.join(run.workDir, "postgres"),
    port,
    durable: false,
  });
  run.postgres = postgres;
  // The postmaster's pid: for the CPU share and the synchronous last-resort kill on exit.
  const pidFile = path.join(postgres.dataDir, "postmaster.pid");
  run.postgresPid = existsSync(pidFile) ? Number(readFileSync(pidFile, "utf8").split("\n")[0]) : undefined;
  await ensureDatabase(postgres.url("postgres"), DATABASE);
  const url = postgres.url(DATABASE);
  await applyMigrations(url);
  const prisma = createPrismaClient(url, 2);
  run.prisma = prisma;
  return { port, url, prisma };
}
