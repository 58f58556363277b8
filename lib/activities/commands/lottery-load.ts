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

/**
 * The entries whose children still exist, each child with the choices it can no longer take
 * (`blocked`): a session that overlaps a place the child got in another activity after entering,
 * which the exclusion constraint would refuse. The draw skips them; a child with every choice
 * blocked is drawn but neither placed nor put on a waiting list.
 */
export async function lotteryEntries(db: Db | Tx, activity: LotteryActivity) {
  const entries = await db.lotteryEntry.findMany({
    where: { activityId: activity.id },
    orderBy: { id: "asc" },
    include: {
      user: { select: { name: true, email: true } },
      children: { where: { memberId: { not: null } }, orderBy: { id: "asc" }, include: { member: true } },
    },
  });
  const places = await db.activityRegistration.findMany({
    where: {
      childKey: { in: entries.flatMap((e) => e.children.map((c) => c.childKey)) },
      status: { in: ["HELD", "CONFIRMED"] },
      session: { activityId: { not: activity.id } },
    },
    select: { childKey: true, startDate: true, endDate: true },
  });
  const open = (childKey: string, sessionId: string) => {
    const s = activity.sessions.find((x) => x.id === sessionId);
    return (
      s !== undefined &&
      !places.some((p) => p.childKey === childKey && p.startDate <= s.endDate && s.startDate <= p.endDate)
    );
  };
  return entries
    .map((e) => ({
      ...e,
      children: e.children.map((c) => ({ ...c, blocked: c.choices.filter((id) => !open(c.childKey, id)) })),
    }))
    .filter((e) => e.children.length > 0);
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
