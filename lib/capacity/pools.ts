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
