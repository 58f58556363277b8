// Free stock per item per day, from the capacity engine's pools (one per item per Brussels day).
// A day nobody asked for yet has no pool: all stock is free. Expired holds count as free
// (lib/capacity availability), so what is shown free can be reserved. Never cached.
import "server-only";
import { availability } from "@/lib/capacity";
import { addBrusselsDays } from "@/lib/be/time";
import { db as appDb } from "@/lib/db";
import type { Db, Tx } from "@/lib/db/client";
import { loanDays, poolKey } from "../rules";

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
  return new Map(
    items.map((item) => [
      item.id,
      days.map((date) => {
        const pool = byKey.get(poolKey(item.id, date));
        return { date, free: pool ? pool.available : item.stock, stock: pool ? pool.capacity : item.stock };
      }),
    ]),
  );
}

/** An item's page: free stock per day for `days` days from `from`, as it is now. */
export async function itemAvailability(item: { id: string; stock: number }, from: string, days: number) {
  const to = addBrusselsDays(from, days - 1);
  return (await freePerDay(appDb, [item], from, to)).get(item.id)!;
}
