// Lottery reads: a parent's own entries (scoped by their id), and for staff (activities:manage) an
// activity's lottery with its entries and a test run ("proefloting") of the pure allocation over
// the loaded entries with a seed staff give, which writes nothing. After the real draw the test
// run counts the places the draw gave as free again, so the published seed reproduces the draw.
import "server-only";
import { availability } from "@/lib/capacity";
import { db } from "@/lib/db";
import { lotteryActivity, lotteryEntries, lotteryUnits } from "../commands/lottery-load";
import { allocate } from "../lottery";

/** The parent's entry for one activity (to fill the form again, with the friend code they typed), or null. */
export async function myLotteryEntry(userId: string, activityId: string) {
  return db.lotteryEntry.findUnique({
    where: { activityId_userId: { activityId, userId } },
    include: { children: { orderBy: { id: "asc" } }, friendEntry: { select: { friendCode: true } } },
  });
}

const friendChildren = { select: { children: { select: { childName: true } } } } as const;

/** First names of the friends' children an entry is linked with, in either direction. */
function friendNames(e: {
  friendEntry: { children: { childName: string }[] } | null;
  friendOf: { children: { childName: string }[] }[];
}): string[] {
  return [e.friendEntry, ...e.friendOf]
    .flatMap((x) => x?.children ?? [])
    .map((c) => c.childName.split(" ")[0]!);
}

/** Every lottery the parent entered, newest window first, with the session labels of the choices. */
export async function myLotteryEntries(userId: string) {
  // Bounded: one entry per activity in lottery mode, and entries go after the retention period.
  const entries = await db.lotteryEntry.findMany({
    where: { userId },
    orderBy: [{ activity: { lotteryClosesAt: "desc" } }, { id: "asc" }],
    include: {
      children: { orderBy: { id: "asc" } },
      friendEntry: friendChildren,
      friendOf: friendChildren,
      activity: {
        select: {
          title: true,
          slug: true,
          lotteryClosesAt: true,
          lotteryDrawnAt: true,
          sessions: { select: { id: true, label: true } },
        },
      },
    },
  });
  return entries.map((e) => {
    const label = (id: string | null) => e.activity.sessions.find((s) => s.id === id)?.label ?? "";
    return {
      id: e.id,
      activity: e.activity,
      keepTogether: e.keepTogether,
      friendCode: e.friendCode,
      friends: friendNames(e),
      children: e.children.map((c) => ({
        id: c.id,
        name: c.childName.split(" ")[0]!,
        choices: c.choices.map(label),
        drawPosition: c.drawPosition,
        placed: c.placedSessionId ? label(c.placedSessionId) : null,
        waitingFor: c.drawPosition && !c.placedSessionId ? label(c.choices[0] ?? null) : null,
      })),
    };
  });
}

export type MyLotteryEntry = Awaited<ReturnType<typeof myLotteryEntries>>[number];

/** Staff: the activity's lottery settings, its sessions and entries. */
export async function staffLottery(activityId: string) {
  const activity = await db.activity.findUnique({
    where: { id: activityId },
    include: { sessions: { orderBy: { startDate: "asc" } } },
  });
  if (!activity) return null;
  const [entries, children] = await Promise.all([
    db.lotteryEntry.count({ where: { activityId } }),
    db.lotteryEntryChild.count({ where: { activityId } }),
  ]);
  return { activity, entries, children };
}

/** Staff's test run: the allocation for `seed` over the entries as they are now. Nothing is written. */
export async function trialDraw(activityId: string, seed: string) {
  const activity = await lotteryActivity(db, activityId);
  const entries = await lotteryEntries(db, activity);
  const free = await availability(
    db,
    activity.sessions.map((s) => s.poolId),
  );
  const given = new Map<string, number>();
  if (activity.lotteryDrawnAt)
    for (const c of entries.flatMap((e) => e.children))
      if (c.placedSessionId) given.set(c.placedSessionId, (given.get(c.placedSessionId) ?? 0) + 1);
  const capacity = new Map(
    activity.sessions.map((s) => [s.id, (free.get(s.poolId)?.available ?? 0) + (given.get(s.id) ?? 0)]),
  );
  const allocation = allocate(seed, capacity, lotteryUnits(entries));
  const names = new Map(entries.flatMap((e) => e.children.map((c) => [c.id, c.childName])));
  const label = (id: string | null) => activity.sessions.find((s) => s.id === id)?.label ?? null;
  return allocation.placements.map((p) => ({
    ...p,
    childName: names.get(p.childId) ?? "",
    sessionLabel: label(p.sessionId),
    waitingLabel: label(p.waitingFor),
    together: p.unitId !== p.childId,
  }));
}

export type TrialRow = Awaited<ReturnType<typeof trialDraw>>[number];
