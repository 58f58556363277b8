// The pg-boss worker on the app's own database: queues and schedules exist, and a job sent to the
// mail-outbox queue delivers what is pending.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type PgBoss from "pg-boss";
import { db } from "@/lib/db";
import { scheduledJobs } from "@/lib/jobs/schedules";
import { startJobs, stopJobs } from "@/lib/jobs/worker";
import { queueMail } from "@/lib/mail/outbox";

let boss: PgBoss;

beforeAll(async () => {
  boss = await startJobs();
});

afterAll(async () => {
  await stopJobs();
});

describe("job worker", () => {
  it("creates a queue and a Europe/Brussels schedule for every recurring job", async () => {
    const schedules = await boss.getSchedules();
    for (const job of scheduledJobs) {
      expect(await boss.getQueue(job.name), job.name).not.toBeNull();
      expect(schedules.find((s) => s.name === job.name)).toMatchObject({
        cron: job.cron,
        timezone: "Europe/Brussels",
      });
    }
  });

  it("delivers pending mail when the outbox job runs", async () => {
    const id = await queueMail(db, { to: "job-run@example.be", subject: "Via de job", text: "Hallo" });
    await boss.send("mail-outbox", {});
    const deadline = Date.now() + 15_000;
    let status = "PENDING";
    while (status === "PENDING" && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      status = (await db.mailMessage.findUniqueOrThrow({ where: { id } })).status;
    }
    expect(status).toBe("SENT");
  });

  it("is idempotent to start twice in one process", async () => {
    expect(await startJobs()).toBe(boss);
  });
});
