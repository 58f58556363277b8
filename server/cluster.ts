// Several server processes on one port (SERVER_PROCESSES). Node runs a process's JavaScript on one
// core, so a single process leaves the machine's other cores idle while requests queue behind each
// other. The processes keep no state of their own that matters: sessions, capacity, the waiting
// room, rate limits and cache tags are in PostgreSQL, so they agree as separate instances do (the
// trust tests run two). Node's cluster module hands each new connection to the next process.
// Only the first process runs the jobs; a process that dies is started again.
import cluster from "node:cluster";
import { logError, logInfo } from "@/lib/log";

/** Forks `processes` servers (each runs server/main.ts) and looks after them. */
export function startCluster(processes: number, jobsEnabled: boolean): void {
  let stopping = false;
  const fork = (index: number) => {
    const worker = cluster.fork({ JOBS_ENABLED: index === 0 && jobsEnabled ? "true" : "false" });
    worker.on("exit", (code, signal) => {
      if (stopping) return;
      logError("server", `serverproces ${index + 1} stopte (${signal ?? code}); het start opnieuw`);
      setTimeout(() => fork(index), 1_000).unref();
    });
  };
  for (let index = 0; index < processes; index++) fork(index);
  logInfo("server", `${processes} serverprocessen op één poort`);

  const stop = () => {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {});
    let running = workers.length;
    if (running === 0) process.exit(0);
    for (const worker of workers) {
      worker?.once("exit", () => {
        if (--running === 0) process.exit(0);
      });
      worker?.process.kill("SIGTERM");
    }
    setTimeout(() => process.exit(0), 6_000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
