// Deciding per request line whether it fits, for services where a line that does not fit is not an
// error but goes on a waiting list (activities). The caller's transaction locks the pools in id
// order (as takeHolds does, so no deadlocks with it) and reads what is free under that lock; the
// lines it then passes to takeHolds are guaranteed to fit, and every other writer of these pools
// waits until the caller commits. Costs the hot rows for the transaction instead of one statement,
// which is the price of answering "placed or waiting" per line in arrival order.
import type { Tx } from "@/lib/db/client";
import { availability } from "./availability";

export async function lockPools(
  tx: Tx,
  poolIds: readonly string[],
  now = new Date(),
): Promise<Map<string, number>> {
  const ids = [...new Set(poolIds)].sort();
  if (ids.length === 0) return new Map();
  await tx.$queryRaw`SELECT id FROM "CapacityPool" WHERE id = ANY(${ids}::text[]) ORDER BY id FOR UPDATE`;
  const free = await availability(tx, ids, now);
  return new Map(ids.map((id) => [id, free.get(id)?.available ?? 0]));
}
