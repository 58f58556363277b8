// The lottery against PostgreSQL through the real commands: parents enter during the window, the
// draw places exactly the free places (siblings who asked together in one session or waiting
// together) and puts the rest on the waiting lists in draw order, the published seed gives the
// same allocation again, a second draw is refused (also two at once), and every refused entry
// stores nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { addToBasket } from "@/lib/activities/commands/basket";
import { drawLottery } from "@/lib/activities/commands/lottery-draw";
import { saveLotteryEntry, withdrawLotteryEntry } from "@/lib/activities/commands/lottery-entry";
import { setAllocationMode } from "@/lib/activities/commands/lottery-mode";
import { activityMessages as m } from "@/lib/activities/messages";
import { friendCodeInput } from "@/lib/activities/schema";
import { trialDraw } from "@/lib/activities/queries/lottery";
import { removeExpiredLotteryEntries } from "@/lib/activities/retention";
import { db } from "@/lib/db";
import { municipality } from "@/prisma/seed/data";
import { activity, opening, parent, poolOf, session } from "./activities-fixtures";

beforeAll(() => db.municipality.upsert({ where: { id: 1 }, update: {}, create: { id: 1, ...municipality } }));

const hour = 3_600_000;
const opensAt = new Date(Date.now() - hour);
const closesAt = new Date(Date.now() + hour);
const during = new Date(Date.now());
const after = new Date(closesAt.getTime() + 60_000);

async function lotteryActivity() {
  const o = await opening(new Date(Date.now() - 2 * hour));
  const a = await activity(o.id, { siblingDiscountPercent: 50 });
  const staff = await db.user.create({ data: { email: `staff-${a.id}@example.be`, name: "Medewerker" } });
  await setAllocationMode({ activityId: a.id, mode: "LOTTERY", opensAt, closesAt }, staff.id);
  return { a, staffId: staff.id };
}

const kid = (firstName: string) => ({ firstName, birthDate: "2017-05-05" });

type Parent = Awaited<ReturnType<typeof parent>>;

/** A parent's entry for their first child, during the window. */
const enter = (activityId: string, p: Parent, choices: string[]) =>
  saveLotteryEntry(
    { activityId, together: false, children: [{ memberId: p.members[0]!.id, choices }] },
    { userId: p.user.id },
    { now: during },
  );

describe("the lottery draw", () => {
  it("places exactly the free places, keeps siblings together and puts the rest on the waiting lists in draw order", async () => {
    const { a, staffId } = await lotteryActivity();
    const week1 = await session(a.id, 3);
    const week2 = await session(a.id, 2, { start: "2027-07-12", end: "2027-07-16" });
    const family = await parent([kid("Lien"), kid("Wout")]);
    await saveLotteryEntry(
      {
        activityId: a.id,
        together: true,
        children: family.members.map((c) => ({ memberId: c.id, choices: [week1.id, week2.id] })),
      },
      { userId: family.user.id },
      { now: during },
    );
    const singles = [];
    for (const name of ["Fien", "Jens", "Roos", "Tuur", "Mona", "Bram"]) {
      const p = await parent([kid(name)]);
      await enter(a.id, p, [week1.id, week2.id]);
      singles.push(p);
    }

    const { seed, allocation } = await drawLottery(a.id, staffId, { now: after });
    expect(seed).toMatch(/^[0-9a-f]{32}$/);
    const stored = await db.activity.findUniqueOrThrow({ where: { id: a.id } });
    expect(stored).toMatchObject({ lotterySeed: seed, lotteryDrawnAt: after });

    // Exactly the capacity placed, held on orders to pay; the pools full.
    expect((await poolOf(week1.poolId)).taken).toBe(3);
    expect((await poolOf(week2.poolId)).taken).toBe(2);
    const regs = await db.activityRegistration.findMany({
      where: { session: { activityId: a.id } },
      orderBy: { arrival: "asc" },
    });
    expect(regs.filter((r) => r.status === "HELD")).toHaveLength(5);
    expect(regs.filter((r) => r.status === "HELD").every((r) => r.orderId)).toBe(true);
    const waiting = regs.filter((r) => r.status === "WAITING");
    expect(waiting).toHaveLength(3);
    expect(waiting.every((r) => r.sessionId === week1.id && r.orderId === null)).toBe(true);

    // The waiting list follows the draw order.
    const positionOf = new Map(allocation.placements.map((p) => [p.childId, p.position]));
    const children = await db.lotteryEntryChild.findMany({ where: { activityId: a.id } });
    const byMember = new Map(children.map((c) => [c.memberId, c]));
    const waitingPositions = waiting.map((r) => positionOf.get(byMember.get(r.memberId)!.id)!);
    expect(waitingPositions).toEqual([...waitingPositions].sort((x, y) => x - y));
    expect(children.every((c) => c.drawPosition !== null)).toBe(true);

    // Siblings asked together: the same session, or both waiting.
    const [lien, wout] = family.members.map((c) => regs.find((r) => r.memberId === c.id)!);
    expect(lien!.status).toBe(wout!.status);
    if (lien!.status === "HELD") {
      expect(lien!.sessionId).toBe(wout!.sessionId);
      // One order for the household, the second child at the sibling discount.
      expect(lien!.orderId).toBe(wout!.orderId);
      expect([lien!.priceCents, wout!.priceCents].sort()).toEqual([3000, 6000]);
    }

    // Every parent got the result by mail.
    for (const p of [family, ...singles])
      expect(
        await db.mailMessage.count({ where: { to: p.user.email!, subject: { contains: "loting" } } }),
      ).toBe(1);

    // The published seed gives the same allocation again (the test run writes nothing).
    const before = await db.activityRegistration.count();
    const again = await trialDraw(a.id, seed);
    expect(again.map((p) => [p.childId, p.sessionId, p.position])).toEqual(
      allocation.placements.map((p) => [p.childId, p.sessionId, p.position]),
    );
    expect(await db.activityRegistration.count()).toBe(before);

    await expect(drawLottery(a.id, staffId, { now: after })).rejects.toThrow(m.lotteryAlreadyDrawn);
    expect((await poolOf(week1.poolId)).taken).toBe(3);
  });

  it("draws once when staff press twice at the same moment", async () => {
    const { a, staffId } = await lotteryActivity();
    const s = await session(a.id, 1);
    for (const name of ["Ada", "Bo"]) {
      const p = await parent([kid(name)]);
      await enter(a.id, p, [s.id]);
    }
    const results = await Promise.allSettled([
      drawLottery(a.id, staffId, { now: after }),
      drawLottery(a.id, staffId, { now: after }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(String(refused.reason)).toContain(m.lotteryAlreadyDrawn);
    expect(await db.activityRegistration.count({ where: { sessionId: s.id } })).toBe(2);
    expect((await poolOf(s.poolId)).taken).toBe(1);
  });

  it("skips a choice that overlaps a place the child got elsewhere after entering, instead of refusing the draw", async () => {
    const { a, staffId } = await lotteryActivity();
    const week1 = await session(a.id, 5);
    const week2 = await session(a.id, 5, { start: "2027-07-12", end: "2027-07-16" });
    const p = await parent([kid("Emma")]);
    await enter(a.id, p, [week1.id, week2.id]);
    const elsewhere = await session((await activity((await opening(new Date(Date.now() - hour))).id)).id, 5);
    const child = await db.lotteryEntryChild.findFirstOrThrow({ where: { activityId: a.id } });
    await db.activityRegistration.create({
      data: {
        sessionId: elsewhere.id,
        userId: p.user.id,
        memberId: p.members[0]!.id,
        childKey: child.childKey,
        childName: child.childName,
        startDate: elsewhere.startDate,
        endDate: elsewhere.endDate,
        status: "CONFIRMED",
        arrival: 1,
        tariffCode: "RESIDENT",
        tariffLabel: "Inwoner",
        priceCents: 4000,
      },
    });
    const { allocation } = await drawLottery(a.id, staffId, { now: after });
    expect(allocation.placements).toMatchObject([{ sessionId: week2.id, rank: 2 }]);
    expect(await db.activityRegistration.count({ where: { sessionId: week2.id, status: "HELD" } })).toBe(1);
  });

  it("refuses a draw before the window closed, and nothing changes", async () => {
    const { a, staffId } = await lotteryActivity();
    await expect(drawLottery(a.id, staffId, { now: during })).rejects.toThrow(m.lotteryNotClosed(closesAt));
    expect((await db.activity.findUniqueOrThrow({ where: { id: a.id } })).lotterySeed).toBeNull();
  });
});

describe("entries", () => {
  it("are replaced when saved again and gone when withdrawn", async () => {
    const { a } = await lotteryActivity();
    const [s1, s2] = [
      await session(a.id, 5),
      await session(a.id, 5, { start: "2027-07-12", end: "2027-07-16" }),
    ];
    const p = await parent([kid("Lotte")]);
    const entry = (choices: string[]) => ({
      activityId: a.id,
      together: false,
      children: [{ memberId: p.members[0]!.id, choices }],
    });
    await saveLotteryEntry(entry([s1!.id]), { userId: p.user.id }, { now: during });
    await saveLotteryEntry(entry([s2!.id, s1!.id]), { userId: p.user.id }, { now: during });
    expect(
      await db.lotteryEntryChild.findMany({ where: { activityId: a.id }, select: { choices: true } }),
    ).toEqual([{ choices: [s2!.id, s1!.id] }]);
    await withdrawLotteryEntry(a.id, { userId: p.user.id }, { now: during });
    expect(await db.lotteryEntry.count({ where: { activityId: a.id } })).toBe(0);
  });

  it("made at the desk is the parent's entry, marked as entered by the staff member and audited on the parent's behalf", async () => {
    const { a, staffId } = await lotteryActivity();
    const s = await session(a.id, 5);
    const p = await parent([kid("Nore")]);
    const other = await parent([kid("Vic")]);
    const atDesk = { userId: p.user.id, staffId };
    const saved = await saveLotteryEntry(
      { activityId: a.id, together: false, children: [{ memberId: p.members[0]!.id, choices: [s.id] }] },
      atDesk,
      { now: during },
    );
    const entry = await db.lotteryEntry.findUniqueOrThrow({ where: { id: saved.entryId } });
    expect(entry).toMatchObject({ userId: p.user.id, enteredById: staffId });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { subjectId: a.id, action: "activity.lottery-entered", onBehalfOfId: p.user.id },
    });
    expect(audit.actorId).toBe(staffId);
    // The desk acts for the parent found there: another household's child is not theirs to enter.
    await expect(
      saveLotteryEntry(
        {
          activityId: a.id,
          together: false,
          children: [{ memberId: other.members[0]!.id, choices: [s.id] }],
        },
        atDesk,
        { now: during },
      ),
    ).rejects.toThrow(m.childNotFound);
    await withdrawLotteryEntry(a.id, atDesk, { now: during });
    expect(await db.lotteryEntry.count({ where: { activityId: a.id } })).toBe(0);
  });

  it("refuses another parent's child, a time outside the window and a first-come activity, storing nothing", async () => {
    const { a } = await lotteryActivity();
    const s = await session(a.id, 5);
    const p = await parent([kid("Nina")]);
    const other = await parent([kid("Sara")]);
    const mine = {
      activityId: a.id,
      together: false,
      children: [{ memberId: p.members[0]!.id, choices: [s.id] }],
    };
    const theirs = { ...mine, children: [{ memberId: other.members[0]!.id, choices: [s.id] }] };
    await expect(saveLotteryEntry(theirs, { userId: p.user.id }, { now: during })).rejects.toThrow(
      m.childNotFound,
    );
    await expect(
      saveLotteryEntry(mine, { userId: p.user.id }, { now: new Date(opensAt.getTime() - 1) }),
    ).rejects.toThrow(m.lotteryNotOpenYet(opensAt));
    await expect(saveLotteryEntry(mine, { userId: p.user.id }, { now: after })).rejects.toThrow(
      m.lotteryClosed,
    );
    const o = await opening(new Date(Date.now() + hour));
    const firstCome = await activity(o.id);
    const fs = await session(firstCome.id, 5);
    await expect(
      saveLotteryEntry(
        { ...mine, activityId: firstCome.id, children: [{ memberId: p.members[0]!.id, choices: [fs.id] }] },
        { userId: p.user.id },
        { now: during },
      ),
    ).rejects.toThrow(m.notLottery);
    expect(await db.lotteryEntry.count({ where: { userId: { in: [p.user.id, other.user.id] } } })).toBe(0);
    // The basket of first come is closed to a lottery activity.
    await expect(
      addToBasket({ sessionId: s.id, memberId: p.members[0]!.id }, { userId: p.user.id }),
    ).rejects.toThrow(m.lotteryOnly);
  });

  it("refuses siblings who ask to stay together without a period in common", async () => {
    const { a } = await lotteryActivity();
    const [s1, s2] = [
      await session(a.id, 5),
      await session(a.id, 5, { start: "2027-07-12", end: "2027-07-16" }),
    ];
    const p = await parent([kid("Jan"), kid("Piet")]);
    await expect(
      saveLotteryEntry(
        {
          activityId: a.id,
          together: true,
          children: [
            { memberId: p.members[0]!.id, choices: [s1!.id] },
            { memberId: p.members[1]!.id, choices: [s2!.id] },
          ],
        },
        { userId: p.user.id },
        { now: during },
      ),
    ).rejects.toThrow(m.lotteryNothingShared("Jan en Piet"));
    expect(await db.lotteryEntry.count({ where: { userId: p.user.id } })).toBe(0);
  });

  it("are removed the set number of days after the window closed", async () => {
    const { a } = await lotteryActivity();
    const s = await session(a.id, 5);
    const p = await parent([kid("Kato")]);
    await enter(a.id, p, [s.id]);
    await removeExpiredLotteryEntries(db, new Date(closesAt.getTime() + 59 * 86_400_000));
    expect(await db.lotteryEntry.count({ where: { activityId: a.id } })).toBe(1);
    await removeExpiredLotteryEntries(db, new Date(closesAt.getTime() + 61 * 86_400_000));
    expect(await db.lotteryEntry.count({ where: { activityId: a.id } })).toBe(0);
    expect(await db.lotteryEntryChild.count({ where: { activityId: a.id } })).toBe(0);
  });
});

describe("named friends across households", () => {
  async function friends(roomPerWeek: number) {
    const { a, staffId } = await lotteryActivity();
    const week1 = await session(a.id, roomPerWeek);
    const week2 = await session(a.id, roomPerWeek, { start: "2027-07-12", end: "2027-07-16" });
    const [ann, bert] = [await parent([kid("Ann")]), await parent([kid("Bert")])];
    await enter(a.id, ann, [week1.id, week2.id]);
    const { friendCode } = await db.lotteryEntry.findFirstOrThrow({ where: { userId: ann.user.id } });
    // Bert's parent types the code as it is shown, with a dash and in lower case.
    const typed = `${friendCode.slice(0, 4)}-${friendCode.slice(4)}`.toLowerCase();
    const input = friendCodeInput.parse(typed);
    await saveLotteryEntry(
      {
        activityId: a.id,
        together: false,
        friendCode: input,
        children: [{ memberId: bert.members[0]!.id, choices: [week2.id, week1.id] }],
      },
      { userId: bert.user.id },
      { now: during },
    );
    await drawLottery(a.id, staffId, { now: after });
    const regs = await db.activityRegistration.findMany({ where: { session: { activityId: a.id } } });
    return { regs, ann, bert };
  }

  it("are placed in the same session, each on their own parent's order", async () => {
    const { regs, ann, bert } = await friends(2);
    const [annReg, bertReg] = [ann, bert].map((p) => regs.find((r) => r.userId === p.user.id)!);
    expect([annReg!.status, bertReg!.status]).toEqual(["HELD", "HELD"]);
    expect(annReg!.sessionId).toBe(bertReg!.sessionId);
    expect(annReg!.orderId).not.toBe(bertReg!.orderId);
  });

  it("wait together when no session has room for both, each registration their own parent's", async () => {
    const { regs, ann, bert } = await friends(1);
    expect(regs).toHaveLength(2);
    expect(regs.every((r) => r.status === "WAITING")).toBe(true);
    expect(regs.find((r) => r.childName.startsWith("Ann"))!.userId).toBe(ann.user.id);
    expect(regs.find((r) => r.childName.startsWith("Bert"))!.userId).toBe(bert.user.id);
  });

  it("refuses an unknown code, the parent's own code and friends without a period in common, storing nothing", async () => {
    const { a } = await lotteryActivity();
    const [s1, s2] = [
      await session(a.id, 5),
      await session(a.id, 5, { start: "2027-07-12", end: "2027-07-16" }),
    ];
    const [ann, bert] = [await parent([kid("Ann")]), await parent([kid("Bert")])];
    await enter(a.id, ann, [s1!.id]);
    const own = (await db.lotteryEntry.findFirstOrThrow({ where: { userId: ann.user.id } })).friendCode;
    const bertWith = (friendCode: string, choices: string[]) =>
      saveLotteryEntry(
        {
          activityId: a.id,
          together: false,
          friendCode,
          children: [{ memberId: bert.members[0]!.id, choices }],
        },
        { userId: bert.user.id },
        { now: during },
      );
    await expect(bertWith("ZZZZ2222", [s1!.id])).rejects.toThrow(m.friendCodeUnknown);
    await expect(bertWith(own, [s2!.id])).rejects.toThrow(m.friendNothingShared);
    await expect(
      saveLotteryEntry(
        {
          activityId: a.id,
          together: false,
          friendCode: own,
          children: [{ memberId: ann.members[0]!.id, choices: [s1!.id] }],
        },
        { userId: ann.user.id },
        { now: during },
      ),
    ).rejects.toThrow(m.friendCodeOwn);
    expect(await db.lotteryEntry.count({ where: { userId: bert.user.id } })).toBe(0);
    expect(
      (await db.lotteryEntry.findFirstOrThrow({ where: { userId: ann.user.id } })).friendEntryId,
    ).toBeNull();
  });
});
