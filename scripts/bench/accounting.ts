// The seat accounting after the load, from the database: every 201 must be exactly one seat
// (pool counter, active holds and order lines agree), nothing beyond the capacity, 409 only when
// sold out, and the sold-out burst sells exactly the capacity. This decides the exit code.
import type { Db } from "@/lib/db/client";
import { countStatuses, type Sample } from "./load";
import type { BenchPerformance } from "./performances";

export type Check = { ok: boolean; text: string };

/** The seats a performance has sold according to the database, three ways. */
async function soldSeats(db: Db, p: BenchPerformance) {
  const pool = await db.capacityPool.findUniqueOrThrow({ where: { id: p.poolId } });
  const holds = await db.capacityHold.aggregate({
    where: { poolId: p.poolId, status: { in: ["HELD", "CONFIRMED"] } },
    _sum: { quantity: true },
  });
  const lines = await db.orderLine.aggregate({ where: { itemId: p.typeId }, _sum: { quantity: true } });
  return {
    capacity: pool.capacity,
    taken: pool.taken,
    held: holds._sum.quantity ?? 0,
    ordered: lines._sum.quantity ?? 0,
  };
}

export async function verifySeats(
  db: Db,
  measured: { performance: BenchPerformance; samples: Sample[] },
  soldout: { performance: BenchPerformance; samples: Sample[] },
) {
  const mainSold = await soldSeats(db, measured.performance);
  const mainStatuses = countStatuses(measured.samples);
  const soldoutSold = await soldSeats(db, soldout.performance);
  const soldoutStatuses = countStatuses(soldout.samples);
  const checks: Check[] = [];
  const check = (ok: boolean, text: string) => checks.push({ ok, text });
  const created = mainStatuses.get(201) ?? 0;
  const refusedMain = mainStatuses.get(409) ?? 0;
  check(mainSold.taken <= mainSold.capacity, `hoofdvoorstelling: verkocht ≤ capaciteit`);
  check(
    mainSold.taken === created && mainSold.held === created && mainSold.ordered === created,
    `hoofdvoorstelling: pool.taken = actieve holds = bestelde plaatsen = aantal 201 (${created})`,
  );
  check(
    refusedMain === 0 || mainSold.taken === mainSold.capacity,
    `hoofdvoorstelling: 409 alleen als uitverkocht (${refusedMain} × 409)`,
  );
  const soldoutCreated = soldoutStatuses.get(201) ?? 0;
  check(
    soldoutSold.taken === soldoutSold.capacity &&
      soldoutSold.held === soldoutSold.capacity &&
      soldoutSold.ordered === soldoutSold.capacity,
    `uitverkocht: precies de capaciteit verkocht (${soldoutSold.taken} van ${soldoutSold.capacity})`,
  );
  check(soldoutCreated === soldoutSold.taken, `uitverkocht: aantal 201 (${soldoutCreated}) = verkocht`);
  return {
    mainSold,
    mainStatuses,
    created,
    refusedMain,
    soldoutSold,
    soldoutStatuses,
    soldoutCreated,
    checks,
  };
}

export type Accounting = Awaited<ReturnType<typeof verifySeats>>;
