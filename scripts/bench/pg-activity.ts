// Samples pg_stat_activity of the benchmark database during a phase: how many of the app's
// connections are running a statement, waiting for a row lock (the hot pool row), or idle inside
// a transaction (waiting for Node between Prisma's statements). Says where a request waits.
import pg from "pg";

export type Activity = {
  samples: number;
  /** Mean number of connections per sample in each state. */
  running: number;
  lockWait: number;
  idleInTransaction: number;
  idle: number;
};

export async function sampleActivity(url: string, database: string, everyMs = 200) {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {}); // the server going away (end of run, Ctrl-C) ends the sampling
  await client.connect();
  const totals = { samples: 0, running: 0, lockWait: 0, idleInTransaction: 0, idle: 0 };
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      // Sampling is diagnostics only: a failed query (server stopping) just ends it.
      const { rows } = await client.query<{ state: string | null; wait: string | null }>(
        `SELECT state, wait_event_type AS wait FROM pg_stat_activity
         WHERE datname = $1 AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
        [database],
      );
      totals.samples++;
      for (const { state, wait } of rows) {
        if (state === "active" && wait === "Lock") totals.lockWait++;
        else if (state === "active") totals.running++;
        else if (state?.startsWith("idle in transaction")) totals.idleInTransaction++;
        else totals.idle++;
      }
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })().catch(() => {});
  return {
    stop: async (): Promise<Activity> => {
      stopped = true;
      await loop;
      await client.end().catch(() => {});
      const n = Math.max(1, totals.samples);
      return {
        samples: totals.samples,
        running: totals.running / n,
        lockWait: totals.lockWait / n,
        idleInTransaction: totals.idleInTransaction / n,
        idle: totals.idle / n,
      };
    },
  };
}
