// A parent's entry in an activity's lottery: during the window, per child of their own household up
// to three ranked sessions (each checked like a registration: age or school year, no clash with the
// child's places), whether the children entered together stay together, and the friend code of
// another parent's entry to be drawn with (lottery-friends.ts). Saving again replaces
// the entry; withdrawing deletes it. The write locks the activity row FOR SHARE while it is open and
// not drawn, so an entry and the draw (which updates that row) never cross: the draw sees every
// entry committed before it, and an entry after it is refused.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db as appDb } from "@/lib/db";
import type { Db, Tx } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { AppError, FieldError } from "@/lib/errors";
import { candidates } from "../lottery";
import { activityMessages as m } from "../messages";
import type { LotteryEntryInput } from "../schema";
import { friendEntryFor, newFriendCode } from "./lottery-friends";
import { assertFits, keyOf } from "./load";
import { assertNoClash, type Who } from "./register";

const RANKS = ["first", "second", "third"] as const;

/** The activity when its lottery window is open now; otherwise the Dutch reason, nothing stored. */
async function openLottery(db: Db | Tx, activityId: string, now: Date) {
  const activity = await db.activity.findFirst({
    where: { id: activityId, published: true },
    include: { sessions: true },
  });
  if (!activity) throw new AppError("NOT_FOUND", m.activityNotFound);
  if (activity.allocationMode !== "LOTTERY") throw new AppError("INVALID_INPUT", m.notLottery);
  if (!activity.lotteryOpensAt || now < activity.lotteryOpensAt)
    throw new AppError("INVALID_INPUT", m.lotteryNotOpenYet(activity.lotteryOpensAt ?? now));
  if (!activity.lotteryClosesAt || now >= activity.lotteryClosesAt || activity.lotteryDrawnAt)
    throw new AppError("INVALID_INPUT", m.lotteryClosed);
  return activity;
}

/** Inside the write: the window is still open and the draw has not run (the row stays so until commit). */
async function holdWindowOpen(tx: Tx, activityId: string, now: Date) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Activity"
    WHERE id = ${activityId} AND "allocationMode" = 'LOTTERY' AND "lotteryDrawnAt" IS NULL
      AND "lotteryOpensAt" <= ${now} AND "lotteryClosesAt" > ${now}
    FOR SHARE`;
  if (rows.length === 0) throw new AppError("INVALID_INPUT", m.lotteryClosed);
}

export async function saveLotteryEntry(
  input: Omit<LotteryEntryInput, "friendCode"> & { friendCode?: string | null },
  who: Who,
  { db = appDb, now = new Date() }: { db?: Db; now?: Date } = {},
) {
  const activity = await openLottery(db, input.activityId, now);
  const members = await db.householdMember.findMany({
    where: { userId: who.userId, id: { in: input.children.map((c) => c.memberId) } },
  });
  const children = input.children.map((c) => {
    const member = members.find((x) => x.id === c.memberId);
    if (!member) throw new FieldError(`children.${c.memberId}.first`, m.childNotFound, "NOT_FOUND");
    const sessions = c.choices.map((id, i) => {
      const field = `children.${c.memberId}.${RANKS[i]}`;
      const session = activity.sessions.find((s) => s.id === id);
      if (!session) throw new FieldError(field, m.sessionNotFound, "NOT_FOUND");
      assertFits(member, session, field);
      return session;
    });
    return { member, choices: c.choices, sessions, key: keyOf(member) };
  });
  await assertNoClash(
    db,
    children.flatMap((c) => c.sessions.map((s) => ({ sessionId: s.id, member: c.member, session: s }))),
  );
  const together = input.together && children.length > 1;
  if (
    together &&
    candidates({ id: "", children: children.map((c) => ({ id: c.key, choices: c.choices })) }).length === 0
  )
    throw new FieldError(
      "together",
      m.lotteryNothingShared(children.map((c) => c.member.firstName).join(" en ")),
    );
  const elsewhere = await db.lotteryEntryChild.findFirst({
    where: {
      activityId: activity.id,
      childKey: { in: children.map((c) => c.key) },
      entry: { userId: { not: who.userId } },
    },
  });
  if (elsewhere) throw new AppError("CONFLICT", m.lotteryChildElsewhere(elsewhere.childName.split(" ")[0]!));
  const friendEntryId = await friendEntryFor(db, {
    activityId: activity.id,
    friendCode: input.friendCode ?? null,
    userId: who.userId,
    children: children.map((c) => ({ id: c.key, choices: c.choices })),
  });

  return transaction(
    db,
    async (tx) => {
      await holdWindowOpen(tx, activity.id, now);
      const entry = await tx.lotteryEntry.upsert({
        where: { activityId_userId: { activityId: activity.id, userId: who.userId } },
        create: {
          activityId: activity.id,
          userId: who.userId,
          keepTogether: together,
          friendCode: newFriendCode(),
          friendEntryId,
          enteredById: who.staffId ?? null,
        },
        update: { keepTogether: together, friendEntryId, enteredById: who.staffId ?? null },
      });
      await tx.lotteryEntryChild.deleteMany({ where: { entryId: entry.id } });
      await tx.lotteryEntryChild.createMany({
        data: children.map((c) => ({
          entryId: entry.id,
          activityId: activity.id,
          memberId: c.member.id,
          childKey: c.key,
          childName: `${c.member.firstName} ${c.member.lastName}`,
          choices: c.choices,
        })),
      });
      await recordAudit(tx, {
        actorId: who.staffId ?? who.userId,
        onBehalfOfId: who.userId,
        action: "activity.lottery-entered",
        subjectType: "Activity",
        subjectId: activity.id,
        details: { children: children.length, together, friend: friendEntryId !== null },
      });
      return { entryId: entry.id, children: children.length, together, friend: friendEntryId !== null };
    },
    {
      refusals: {
        LotteryEntryChild_activityId_childKey_key: () =>
          new AppError("CONFLICT", m.lotteryChildElsewhere("Een kind")),
      },
    },
  );
}

export async function withdrawLotteryEntry(
  activityId: string,
  who: Who,
  { db = appDb, now = new Date() }: { db?: Db; now?: Date } = {},
) {
  await openLottery(db, activityId, now);
  await transaction(db, async (tx) => {
    await holdWindowOpen(tx, activityId, now);
    const { count } = await tx.lotteryEntry.deleteMany({ where: { activityId, userId: who.userId } });
    if (count === 0) throw new AppError("NOT_FOUND", m.lotteryEntryNotFound);
    await recordAudit(tx, {
      actorId: who.staffId ?? who.userId,
      onBehalfOfId: who.userId,
      action: "activity.lottery-withdrawn",
      subjectType: "Activity",
      subjectId: activityId,
    });
  });
}
