// Free stock per item per day, from the capacity engine's pools (one per item per Brussels day).
// A day nobody asked for yet has no pool: all its stock (owned minus out of service) is free. Expired holds count as free
// (lib/capacity availability), so what is shown free can be reserved. Never cached.
import "server-only";
import { availability } from "@/lib/capacity";
import { addBrusselsDays } from "@/lib/be/time";
import { db as appDb } from "@/lib/db";
import type { Db, Tx } from "@/lib/db/client";
import { loanDays, poolKey } from "../rules";
import { stockOnDay } from "../stock-rules";
import { outOfService } from "../stock/pools";

export type DayFree = { date: string; free: number; stock: number };

export async function freePerDay(
  db: Db | Tx,
  items: readonly { id: string; stock: number }[],
  from: string,
  to: string,
  now = new Date(),
): Promise<Map<string, DayFree[]>> {
  const days = loanDays(from, to);
  const keys = items.flatMap((item) => days.map((d) => poolKey(item.id, d)));
  const pools = keys.length
    ? await db.capacityPool.findMany({ where: { key: { in: keys } }, select: { id: true, key: true } })
    : [];
  const free = await availability(
    db,
    pools.map((p) => p.id),
    now,
  );
  const byKey = new Map(pools.map((p) => [p.key, free.get(p.id)]));
  const changes = await outOfService(
    db,
    items.map((i) => i.id),
    from,
  );
  return new Map(
    items.map((item) => [
      item.id,
      days.map((date) => {
        const pool = byKey.get(poolKey(item.id, date));
        // The day's stock decides, not the pool's capacity: a pool made before a repair, or kept
        // at what is taken on an overbooked day, may be larger than what can be lent.
        const stock = stockOnDay(item.stock, changes.get(item.id) ?? [], date);
        const taken = pool ? pool.capacity - pool.available : 0;
        return { date, free: Math.max(stock - taken, 0), stock };
      }),
    ]),
  );
}

/** An item's page: free stock per day for `days` days from `from`, as it is now. */
export async function itemAvailability(item: { id: string; stock: number }, from: string, days: number) {
  const to = addBrusselsDays(from, days - 1);
  return (await freePerDay(appDb, [item], from, to)).get(item.id)!;
}
