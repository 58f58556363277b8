// What the health check asks the database: one round trip, timed, never cached.
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
