// Keeps an item's day pools at its stock on that day (owned minus out of service). A pool never
// drops below what is taken (the capacity engine's CHECK), so a day that staff knowingly
// overbooked keeps capacity = taken: nothing more can be taken there, and once a loan on it ends,
// the next request or change brings the pool down to the stock again.
// Lock order, the same everywhere: item rows (a change: FOR UPDATE; a request: FOR SHARE), then
// pool rows in id order (as takeHolds does), so a change and a request serialise per item.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { expireHolds } from "@/lib/capacity";
import type { Db, Tx } from "@/lib/db/client";
import { type OutOfService, dateColumn, dateKeyOf, poolDay, stockOnDay } from "../stock-rules";

type Strength = "UPDATE" | "SHARE";

/** Locks the items' rows: a stock change for update, a request for share (requests don't queue). */
export async function lockItems(tx: Tx, itemIds: readonly string[], strength: Strength) {
  const ids = [...new Set(itemIds)].sort();
  if (ids.length === 0) return;
  await tx.$queryRaw`SELECT id FROM "LoanItem" WHERE id = ANY(${ids}::text[])
    ORDER BY id FOR ${Prisma.raw(strength === "UPDATE" ? "UPDATE" : "SHARE")}`;
}

/** Every change that is still out of service on or after `from`, per item. */
export async function outOfService(tx: Db | Tx, itemIds: readonly string[], from: string) {
  const rows = await tx.loanStockChange.findMany({
    where: {
      itemId: { in: [...itemIds] },
      OR: [{ untilDate: null }, { untilDate: { gte: dateColumn(from) } }],
    },
    select: { itemId: true, quantity: true, fromDate: true, untilDate: true },
  });
  const byItem = new Map<string, OutOfService[]>();
  for (const r of rows) {
    const list = byItem.get(r.itemId) ?? [];
    list.push({
      quantity: r.quantity,
      fromDate: dateKeyOf(r.fromDate),
      untilDate: r.untilDate ? dateKeyOf(r.untilDate) : null,
    });
    byItem.set(r.itemId, list);
  }
  return byItem;
}

export type DayPool = { id: string; key: string; day: string; taken: number; stock: number };

/**
 * Locks the item's pools from `from` to `until` (open-ended: every later day that has a pool),
 * sweeps their due holds, and returns each with what is live-taken and the stock on its day.
 */
export async function lockedDayPools(
  tx: Tx,
  item: { id: string; stock: number },
  from: string,
  until: string | null,
  now: Date,
): Promise<DayPool[]> {
  const prefix = `loan:${item.id}:`;
  const rows = await tx.$queryRaw<{ id: string; key: string }[]>`
    SELECT id, key FROM "CapacityPool"
    WHERE key >= ${prefix + from} AND key <= ${prefix + (until ?? "9999-12-31")}
    ORDER BY id FOR UPDATE`;
  if (rows.length === 0) return [];
  await expireHolds(
    tx,
    now,
    rows.map((r) => r.id),
  );
  const pools = await tx.capacityPool.findMany({
    where: { id: { in: rows.map((r) => r.id) } },
    select: { id: true, key: true, taken: true },
  });
  const changes = (await outOfService(tx, [item.id], from)).get(item.id) ?? [];
  return pools
    .map((p) => ({ ...p, day: poolDay(p.key), stock: stockOnDay(item.stock, changes, poolDay(p.key)) }))
    .sort((a, b) => a.day.localeCompare(b.day));
}

/** Sets each locked pool to its day's stock, or to what is taken when that is more. */
export async function alignPools(tx: Tx, pools: readonly DayPool[]) {
  if (pools.length === 0) return;
  await tx.$executeRaw`
    UPDATE "CapacityPool" p SET capacity = GREATEST(p.taken, t.stock)
    FROM unnest(${pools.map((p) => p.id)}::text[], ${pools.map((p) => p.stock)}::int[]) AS t(id, stock)
    WHERE p.id = t.id AND p.capacity <> GREATEST(p.taken, t.stock)`;
}
