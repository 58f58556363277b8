// Starts pg-boss on the app's own database with the server (see instrumentation.ts). Jobs live
// in Postgres, so several app instances share one queue and each job runs once.
import PgBoss from "pg-boss";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { scheduledJobs } from "./schedules";
import { logError } from "@/lib/log";

let boss: PgBoss | undefined;

export async function startJobs(): Promise<PgBoss> {
  if (boss) return boss;
  boss = new PgBoss({ connectionString: env().DATABASE_URL, schema: "pgboss", max: 4 });
  boss.on("error", (error) => logError("jobs", "pg-boss", error));
  await boss.start();
  for (const job of scheduledJobs) {
    await boss.createQueue(job.name);
    await boss.schedule(job.name, job.cron, undefined, { tz: "Europe/Brussels" });
    await boss.work(job.name, async () => {
      await job.run(db);
    });
  }
  return boss;
}

export async function stopJobs(): Promise<void> {
  await boss?.stop({ graceful: true, wait: true });
  boss = undefined;
}
