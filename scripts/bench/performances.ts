// The benchmark's own performances, created directly in the database: on sale now, a month ahead,
// one ticket type, and holds that cannot lapse during the run (so the accounting stays exact).
import { randomBytes } from "node:crypto";
import { ensurePool } from "@/lib/capacity";
import type { Db } from "@/lib/db/client";

export async function createPerformance(db: Db, seats: number, label: string) {
  const slug = `bench-${label}-${randomBytes(4).toString("hex")}`;
  const startsAt = new Date(Date.now() + 30 * 86_400_000);
  const performance = await db.performance.create({
    data: {
      slug,
      title: `Benchmark ${label}`,
      description: "Aangemaakt door npm run bench:tickets",
      venueName: "Benchmarkzaal",
      venueAddress: "Markt 1, 8750 Wingene",
      startsAt,
      salesStartAt: new Date(Date.now() - 86_400_000),
      salesEndAt: new Date(startsAt.getTime() - 3_600_000),
      published: true,
      holdMinutes: 60, // no hold may lapse during the run
      poolId: await ensurePool(db, `performance:${slug}`, "Benchmarkzaal", seats),
      ticketTypes: { create: [{ code: "VOLWASSENE", label: "Volwassene", priceCents: 1500 }] },
    },
    include: { ticketTypes: true },
  });
  return { id: performance.id, poolId: performance.poolId, typeId: performance.ticketTypes[0].id, seats };
}

export type BenchPerformance = Awaited<ReturnType<typeof createPerformance>>;
