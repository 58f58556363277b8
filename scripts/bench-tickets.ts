// `npm run bench:tickets`: the ticket hold endpoint under load, against a bare route handler in
// the same run (shared, noisy machines: only ratios mean something). Starts a throwaway
// PostgreSQL on a free port, builds the production app when stale, serves it through the portal's own server,
// then alternates the same closed-loop load on GET /api/bench/ping and POST /api/tickets/hold.
// Afterwards the database must account for every 201 exactly and never exceed the capacity; a
// short sold-out phase proves that exactly the capacity is sold. Exit code 1 only when that
// accounting fails; the performance verdict is informational.
//
// This file only orders the steps; each lives in ./bench/. Options (flags or BENCH_* environment
// variables: connections, duration, warmup, rounds, seats, soldout-seats, soldout-requests) are
// described in ./bench/options.ts.
import os from "node:os";
import { verifySeats } from "./bench/accounting";
import { startDatabase } from "./bench/database";
import { loadAverage } from "./bench/diagnostics";
import { fmt } from "./bench/format";
import { parseOptions } from "./bench/options";
import { createPerformance } from "./bench/performances";
import { measure, soldOut } from "./bench/phases";
import { printReport } from "./bench/report";
import { createRun } from "./bench/resources";
import { startServer } from "./bench/server";
import { BENCH_SERVER_ENV } from "./bench/targets";
import { seed } from "@/prisma/seed";

// Parsed before anything is created: a bad flag fails without leaving anything behind.
const options = parseOptions();
const run = createRun();

async function main() {
  const load = loadAverage();
  console.log(
    `[bench] ${os.cpus().length} cores, belasting vooraf ${load.join(" ")}; ${options.connections} verbindingen, ` +
      `${options.rounds} × ${fmt(options.duration / options.rounds, 1)} s per doel na ${options.warmup} s opwarmen`,
  );

  // 1. A throwaway PostgreSQL with the migrated, seeded schema (the build prerenders pages that
  // read the municipality) and two performances of its own.
  const db = await startDatabase(run);
  await seed(db.prisma);
  const measured = await createPerformance(db.prisma, options.seats, "hoofd");
  const soldout = await createPerformance(db.prisma, options.soldoutSeats, "uitverkocht");

  // 2. The production build, served on a free port.
  const server = await startServer(run, db.url, BENCH_SERVER_ENV);
  console.log(`[bench] de server draait op poort ${server.port}, PostgreSQL op ${db.port}`);

  // 3. Warm-up, then alternating measured windows of the same load.
  const phase = { run, options, port: server.port, serverPid: server.pid, url: db.url };
  const measurement = await measure(phase, measured);
  if (!measurement) return;

  // 4. Sold out: more buyers than seats, all at once.
  const soldoutSamples = await soldOut(phase, soldout);
  if (!soldoutSamples) return;

  // 5. The accounting, from the database.
  const accounting = await verifySeats(
    db.prisma,
    { performance: measured, samples: measurement.holdSamples },
    { performance: soldout, samples: soldoutSamples },
  );

  printReport({
    connections: options.connections,
    measurement,
    soldoutSamples,
    accounting,
    serverLog: run.serverLog,
    loadBefore: load,
    build: server.build,
  });
  process.exitCode = accounting.checks.every((c) => c.ok) ? 0 : 1;
}

main()
  .catch((error) => {
    if (!run.abort.signal.aborted) {
      console.error("[bench] mislukt:", error);
      if (run.serverLog.length)
        console.error(`[bench] laatste serveruitvoer:\n${run.serverLog.slice(-20).join("")}`);
    }
    process.exitCode = 1;
  })
  .finally(async () => {
    if (run.abort.signal.aborted) return; // the signal handler cleans up and exits
    await run.cleanup();
    process.exit(process.exitCode ?? 0);
  });
