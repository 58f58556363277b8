// What a draw works on, read the same way for the real draw and for the staff test run: the
// activity with its sessions and tariffs, and the entries (children whose household record still
// exists) in a fixed order, as units for the pure allocation (lib/activities/lottery.ts).
import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { type LotteryUnit, unitsOf } from "../lottery";
import { activityMessages as m } from "../messages";

export async function lotteryActivity(db: Db | Tx, activityId: string) {
  const activity = await db.activity.findUnique({
    where: { id: activityId },
    include: { sessions: { orderBy: { startDate: "asc" } }, tariffs: true, opening: true },
  });
  if (!activity) throw new AppError("NOT_FOUND", m.activityNotFound);
  return activity;
}

export type LotteryActivity = Awaited<ReturnType<typeof lotteryActivity>>;

export async function lotteryEntries(db: Db | Tx, activityId: string) {
  const entries = await db.lotteryEntry.findMany({
    where: { activityId },
    orderBy: { id: "asc" },
    include: {
      user: { select: { name: true, email: true } },
      children: { where: { memberId: { not: null } }, orderBy: { id: "asc" }, include: { member: true } },
    },
  });
  return entries.filter((e) => e.children.length > 0);
}

export type LoadedEntry = Awaited<ReturnType<typeof lotteryEntries>>[number];

export function lotteryUnits(entries: readonly LoadedEntry[]): LotteryUnit[] {
  return unitsOf(entries);
}

/** Free places per session id, from the capacity engine's free count per pool. */
export function freePerSession(
  sessions: readonly { id: string; poolId: string }[],
  freePerPool: ReadonlyMap<string, number>,
): Map<string, number> {
  return new Map(sessions.map((s) => [s.id, freePerPool.get(s.poolId) ?? 0]));
}
