// Everything one benchmark run starts (a temporary folder, PostgreSQL, `next start`, the activity
// sampler), and one idempotent way to stop it (normal end, error, SIGINT/SIGTERM): an interrupted
// run must not leave processes or data folders behind on a shared machine.
import type { ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Db } from "@/lib/db/client";
import type { RunningPostgres } from "@/lib/db/embedded-postgres";

/** Filled in by the phases as they start things; read by the cleanup. */
export type BenchRun = {
  workDir: string;
  abort: AbortController;
  postgres?: RunningPostgres;
  postgresPid?: number;
  prisma?: Db;
  server?: ChildProcess;
  stopSampler?: () => Promise<unknown>;
  /** Recent output of `next start`, to explain a failure. */
  serverLog: string[];
  cleanup: () => Promise<void>;
};

function isPostgres(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("postgres");
  } catch {
    return false;
  }
}

/** Creates the work folder and installs the exit and signal handlers. */
export function createRun(): BenchRun {
  const workDir = mkdtempSync(path.join(os.tmpdir(), "wingene-bench-"));
  chmodSync(workDir, 0o755); // as root, PostgreSQL runs as `postgres` and must reach its data folder
  const run: BenchRun = { workDir, abort: new AbortController(), serverLog: [], cleanup };

  function killServerGroup(signal: NodeJS.Signals) {
    const server = run.server;
    if (!server?.pid || server.exitCode !== null || server.signalCode !== null) return;
    try {
      process.kill(-server.pid, signal); // the group of `npx next start` (spawned detached): only ours
    } catch {
      // already gone
    }
  }

  let cleaning: Promise<void> | undefined;
  function cleanup(): Promise<void> {
    cleaning ??= (async () => {
      const server = run.server;
      if (server?.pid && server.exitCode === null && server.signalCode === null) {
        const exited = new Promise((resolve) => server.once("exit", resolve));
        killServerGroup("SIGTERM");
        const timer = setTimeout(() => killServerGroup("SIGKILL"), 5_000);
        await exited;
        clearTimeout(timer);
      }
      await run.stopSampler?.().catch(() => {});
      await run.prisma?.$disconnect().catch(() => {});
      await run.postgres?.stop().catch((error) => console.error("[bench] PostgreSQL stoppen mislukt", error));
      if (run.postgres) rmSync(run.postgres.dataDir, { recursive: true, force: true }); // may lie outside workDir
      run.postgres = undefined;
      rmSync(workDir, { recursive: true, force: true });
    })();
    return cleaning;
  }

  // Last resort, synchronous: embedded-postgres's own exit hook may end the process (on SIGINT it
  // stops PostgreSQL and exits) before the async cleanup is done.
  process.on("exit", () => {
    killServerGroup("SIGKILL");
    if (run.postgres && run.postgresPid && isPostgres(run.postgresPid)) {
      try {
        process.kill(run.postgresPid, "SIGQUIT");
      } catch {
        // already gone
      }
    }
    if (run.postgres) rmSync(run.postgres.dataDir, { recursive: true, force: true });
    rmSync(workDir, { recursive: true, force: true });
  });

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (run.abort.signal.aborted) return;
      console.log(`\n[bench] ${signal}: afbreken en opruimen…`);
      run.abort.abort();
      void cleanup().finally(() => process.exit(130));
    });
  }

  return run;
}
