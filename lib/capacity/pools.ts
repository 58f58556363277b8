// Creating pools and changing their size. A pool cannot shrink below what is already taken.
import type { Db, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { capacityMessages } from "./messages";

export async function ensurePool(db: Db | Tx, key: string, label: string, capacity: number): Promise<string> {
  const pool = await db.capacityPool.upsert({
    where: { key },
    update: {},
    create: { key, label, capacity },
    select: { id: true },
  });
  return pool.id;
}

export async function setCapacity(db: Db | Tx, poolId: string, capacity: number): Promise<void> {
  const updated =
    await db.$executeRaw`UPDATE "CapacityPool" SET capacity = ${capacity} WHERE id = ${poolId} AND taken <= ${capacity}`;
  if (updated === 0) {
    throw new AppError("CONFLICT", capacityMessages.belowTaken);
  }
}

export type PoolSpec = { key: string; label: string; capacity: number };

/**
 * Creates the pools that do not exist yet (one statement, a day per pool for stock per day) and
 * returns every pool's id by key. Existing pools keep their capacity and what they have taken.
 */
export async function ensurePools(db: Db | Tx, specs: readonly PoolSpec[]): Promise<Map<string, string>> {
  if (specs.length === 0) return new Map();
  await db.capacityPool.createMany({ data: [...specs], skipDuplicates: true });
  const rows = await db.capacityPool.findMany({
    where: { key: { in: specs.map((s) => s.key) } },
    select: { id: true, key: true },
  });
  return new Map(rows.map((r) => [r.key, r.id]));
}
