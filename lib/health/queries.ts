// What the health check asks the database: one round trip, timed, and the backlogs an operator
// watches (mail waiting in the outbox, jobs due and not yet run). Never cached; no personal data.
import "server-only";
import { db } from "@/lib/db";

export type DatabaseHealth = { ok: true; latencyMs: number } | { ok: false };

export async function databaseHealth(): Promise<DatabaseHealth> {
  const started = Date.now();
  try {
    await db.$queryRaw`SELECT 1`;
    return { ok: true, latencyMs: Date.now() - started };
  } catch {
    return { ok: false };
  }
}

export type Backlog = {
  mail: { pending: number; failed: number; oldestPendingMinutes: number | null };
  /** pg-boss: jobs due (created or waiting for a retry) and jobs that failed in the last day. */
  jobs: { due: number; failed24h: number } | null;
};

export async function backlog(now = new Date()): Promise<Backlog> {
  const [pending, failed, oldest] = await Promise.all([
    db.mailMessage.count({ where: { status: "PENDING" } }),
    db.mailMessage.count({ where: { status: "FAILED" } }),
    db.mailMessage.findFirst({
      where: { status: "PENDING" },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true },
    }),
  ]);
  return {
    mail: {
      pending,
      failed,
      oldestPendingMinutes: oldest ? Math.floor((now.getTime() - oldest.createdAt.getTime()) / 60_000) : null,
    },
    jobs: await jobBacklog(),
  };
}

/** Null until the worker has made its schema (a portal that never started one). */
async function jobBacklog(): Promise<Backlog["jobs"]> {
  const [{ exists }] = await db.$queryRaw<{ exists: boolean }[]>`
    SELECT to_regclass('pgboss.job') IS NOT NULL AS exists`;
  if (!exists) return null;
  const [row] = await db.$queryRaw<{ due: bigint; failed: bigint }[]>`
    SELECT count(*) FILTER (WHERE state IN ('created', 'retry') AND start_after <= now()) AS due,
           count(*) FILTER (WHERE state = 'failed' AND completed_on > now() - interval '1 day') AS failed
    FROM pgboss.job`;
  return { due: Number(row?.due ?? 0), failed24h: Number(row?.failed ?? 0) };
}
