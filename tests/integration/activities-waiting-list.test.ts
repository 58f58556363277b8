// Waiting lists, payment and refusals against PostgreSQL: a freed place is offered to the first in
// line by mail, accepted with the link, and an expired offer moves on exactly once; tariffs are
// stored per line; every bad input of the issue gets its Dutch message and stores nothing; the
// medical-notes retention job.
import { beforeAll, describe, expect, it } from "vitest";
import { addToBasket } from "@/lib/activities/commands/basket";
import { cancelRegistration } from "@/lib/activities/commands/cancel";
import { acceptOffer, hashToken, offerFreedPlaces, runWaitingLists } from "@/lib/activities/commands/offers";
import { registerBasket } from "@/lib/activities/commands/register";
import { joinWaitingRoom } from "@/lib/activities/commands/waiting-room";
import { activityMessages } from "@/lib/activities/messages";
import { removeExpiredMedicalNotes } from "@/lib/activities/retention";
import { db } from "@/lib/db";
import { municipality } from "@/prisma/seed/data";
import { activity, opening, parent, poolOf, session } from "./activities-fixtures";

// Mails are laid out with the municipality's identity.
beforeAll(() => db.municipality.upsert({ where: { id: 1 }, update: {}, create: { id: 1, ...municipality } }));

const minutes = (n: number) => new Date(Date.now() + n * 60_000);

async function registered(
  o: { id: string },
  sessionId: string,
  p: Awaited<ReturnType<typeof parent>>,
  i = 0,
) {
  await addToBasket({ sessionId, memberId: p.members[i]!.id }, { userId: p.user.id });
  await joinWaitingRoom(db, o.id, { userId: p.user.id }, minutes(-2));
  return registerBasket(o.id, { userId: p.user.id });
}

/** Gives an offer a token the test knows (the mailed one exists only in the mail), as the link would carry it. */
async function setOfferToken(registrationId: string) {
  const token = `test-${registrationId}`;
  await db.activityRegistration.update({
    where: { id: registrationId },
    data: { offerTokenHash: hashToken(token) },
  });
  return token;
}

describe("waiting list and offers", () => {
  it("offers a freed place to the first in line, who accepts it and gets an order to pay", async () => {
    const o = await opening(minutes(-1));
    const a = await activity(o.id);
    const s = await session(a.id, 1);
    const first = await parent([{ firstName: "Wout", birthDate: "2017-04-04" }]);
    const second = await parent([{ firstName: "Fien", birthDate: "2017-04-04" }]);
    const third = await parent([{ firstName: "Jens", birthDate: "2017-04-04" }]);
    expect((await registered(o, s.id, first)).placed).toBe(1);
    expect((await registered(o, s.id, second)).waiting).toBe(1);
    expect((await registered(o, s.id, third)).waiting).toBe(1);
    const held = await db.activityRegistration.findFirstOrThrow({ where: { userId: first.user.id } });
    await cancelRegistration(held.id, { userId: first.user.id });
    const offered = await db.activityRegistration.findFirstOrThrow({ where: { userId: second.user.id } });
    expect(offered.status).toBe("OFFERED");
    expect(offered.offerTokenHash).toHaveLength(64);
    expect(
      await db.activityRegistration.findFirstOrThrow({ where: { userId: third.user.id } }),
    ).toMatchObject({
      status: "WAITING",
    });
    // The place stays held for the offer: the pool is full again.
    expect((await poolOf(s.poolId)).taken).toBe(1);
    const mails = await db.mailMessage.count({
      where: { to: second.user.email!, subject: { contains: "Fien" } },
    });
    expect(mails).toBe(1);
    const order = await acceptOffer(await setOfferToken(offered.id));
    expect(order.totalCents).toBe(6000);
    expect(await db.activityRegistration.findUniqueOrThrow({ where: { id: offered.id } })).toMatchObject({
      status: "HELD",
      orderId: order.id,
      offerTokenHash: null,
    });
    expect((await poolOf(s.poolId)).taken).toBe(1);
  });

  it("moves an expired offer on to the next exactly once when two job runs overlap, and refuses the old link", async () => {
    const o = await opening(minutes(-1));
    const a = await activity(o.id);
    const s = await session(a.id, 1);
    const [p1, p2, p3] = await Promise.all(
      [1, 2, 3].map(() => parent([{ firstName: "Roos", birthDate: "2016-06-06" }])),
    );
    await registered(o, s.id, p1!);
    await registered(o, s.id, p2!);
    await registered(o, s.id, p3!);
    const r1 = await db.activityRegistration.findFirstOrThrow({ where: { userId: p1!.user.id } });
    await cancelRegistration(r1.id, { userId: p1!.user.id });
    const r2 = await db.activityRegistration.findFirstOrThrow({ where: { userId: p2!.user.id } });
    const token = await setOfferToken(r2.id);
    const afterExpiry = new Date(r2.offerExpiresAt!.getTime() + 1000);
    await expect(acceptOffer(token, { now: afterExpiry })).rejects.toThrow(activityMessages.offerExpired);
    await Promise.all([runWaitingLists(db, afterExpiry), runWaitingLists(db, afterExpiry)]);
    expect(await db.activityRegistration.findUniqueOrThrow({ where: { id: r2.id } })).toMatchObject({
      status: "LAPSED",
    });
    const r3 = await db.activityRegistration.findFirstOrThrow({ where: { userId: p3!.user.id } });
    expect(r3.status).toBe("OFFERED");
    expect((await poolOf(s.poolId)).taken).toBe(1);
    expect(await db.capacityHold.count({ where: { poolId: s.poolId, status: "HELD" } })).toBe(1);
    expect(await offerFreedPlaces(db, s.id, afterExpiry)).toBe(0);
    await expect(acceptOffer(token, { now: afterExpiry })).rejects.toThrow(activityMessages.offerNotFound);
  });
});

describe("tariffs per line", () => {
  it("charges the verified resident the resident week price and the second child the sibling discount", async () => {
    const o = await opening(minutes(-1));
    const a = await activity(o.id, { siblingDiscountPercent: 25 });
    const week = await session(a.id, 10);
    const p = await parent([
      { firstName: "Lena", birthDate: "2016-01-01" },
      { firstName: "Tuur", birthDate: "2018-01-01" },
    ]);
    await db.residentVerification.create({ data: { userId: p.user.id } });
    await addToBasket({ sessionId: week.id, memberId: p.members[0]!.id }, { userId: p.user.id });
    await addToBasket({ sessionId: week.id, memberId: p.members[1]!.id }, { userId: p.user.id });
    await joinWaitingRoom(db, o.id, { userId: p.user.id }, minutes(-2));
    const { order } = await registerBasket(o.id, { userId: p.user.id });
    const lines = await db.orderLine.findMany({
      where: { orderId: order!.id },
      orderBy: { unitCents: "desc" },
    });
    expect(lines.map((l) => [l.unitCents, l.tariffCode, l.tariffLabel])).toEqual([
      [4000, "RESIDENT", "Inwoner, weekprijs"],
      [3000, "RESIDENT", "Inwoner, weekprijs, broer/zus-korting"],
    ]);
    expect(order!.totalCents).toBe(7000);
  });
});

describe("bad input: a Dutch message and nothing stored", () => {
  it("refuses a child outside the age limit, someone else's child and the same session twice", async () => {
    const o = await opening(minutes(60));
    const a = await activity(o.id);
    const s = await session(a.id, 10, { minAge: 6, maxAge: 12 });
    const p = await parent([
      { firstName: "Baby", birthDate: "2025-01-01" },
      { firstName: "Kobe", birthDate: "2017-01-01" },
    ]);
    const other = await parent([{ firstName: "Zoë", birthDate: "2017-01-01" }]);
    await expect(
      addToBasket({ sessionId: s.id, memberId: p.members[0]!.id }, { userId: p.user.id }),
    ).rejects.toThrow(activityMessages.childTooYoung("Baby"));
    await expect(
      addToBasket({ sessionId: s.id, memberId: other.members[0]!.id }, { userId: p.user.id }),
    ).rejects.toThrow(activityMessages.childNotFound);
    await addToBasket({ sessionId: s.id, memberId: p.members[1]!.id }, { userId: p.user.id });
    await expect(
      addToBasket({ sessionId: s.id, memberId: p.members[1]!.id }, { userId: p.user.id }),
    ).rejects.toThrow(activityMessages.alreadyInBasket);
    expect(await db.activityBasketLine.count({ where: { userId: p.user.id } })).toBe(1);
  });

  it("refuses a basket before the opening and after the close, and without a place in the waiting room", async () => {
    const soon = await opening(minutes(60));
    const s = await session((await activity(soon.id)).id, 10);
    const p = await parent([{ firstName: "Elin", birthDate: "2017-01-01" }]);
    await addToBasket({ sessionId: s.id, memberId: p.members[0]!.id }, { userId: p.user.id });
    await expect(registerBasket(soon.id, { userId: p.user.id })).rejects.toThrow(/openen pas op/);
    const open = await opening(minutes(-1));
    const s2 = await session((await activity(open.id)).id, 10, { start: "2027-08-02", end: "2027-08-06" });
    await addToBasket({ sessionId: s2.id, memberId: p.members[0]!.id }, { userId: p.user.id });
    await expect(registerBasket(open.id, { userId: p.user.id })).rejects.toThrow(
      activityMessages.notInWaitingRoom,
    );
    await expect(
      registerBasket(open.id, { userId: p.user.id }, { now: new Date(open.closesAt.getTime() + 1) }),
    ).rejects.toThrow(activityMessages.closed);
    expect(await db.activityRegistration.count({ where: { userId: p.user.id } })).toBe(0);
    expect(await db.order.count({ where: { buyerUserId: p.user.id } })).toBe(0);
  });

  it("refuses the same child in overlapping sessions from two parents' accounts", async () => {
    const o = await opening(minutes(-1));
    const morning = await session((await activity(o.id)).id, 10, { start: "2027-07-12", end: "2027-07-16" });
    // Another opening, so the child's place in line through mum's account does not stop dad first.
    const o2 = await opening(minutes(-1));
    const other = await session((await activity(o2.id)).id, 10, {
      start: "2027-07-14",
      end: "2027-07-14",
      days: 1,
    });
    const mum = await parent([{ firstName: "Jules", lastName: "Desmet", birthDate: "2016-09-09" }]);
    const dad = await parent([{ firstName: "Jules", lastName: "De Smet", birthDate: "2016-09-09" }]);
    await registered(o, morning.id, mum);
    await addToBasket({ sessionId: other.id, memberId: dad.members[0]!.id }, { userId: dad.user.id });
    await joinWaitingRoom(db, o2.id, { userId: dad.user.id }, minutes(-2));
    await expect(registerBasket(o2.id, { userId: dad.user.id })).rejects.toThrow(
      activityMessages.overlapping("Jules"),
    );
    expect(await db.activityRegistration.count({ where: { userId: dad.user.id } })).toBe(0);
    expect(await db.order.count({ where: { buyerUserId: dad.user.id } })).toBe(0);
  });

  it("refuses an overlapping session for a child already placed, with the child's name", async () => {
    const o = await opening(minutes(-1));
    const first = await session((await activity(o.id)).id, 10, { start: "2027-07-19", end: "2027-07-23" });
    const second = await session((await activity(o.id)).id, 10, {
      start: "2027-07-21",
      end: "2027-07-21",
      days: 1,
    });
    const p = await parent([{ firstName: "Mats", birthDate: "2016-03-03" }]);
    await registered(o, first.id, p);
    await addToBasket({ sessionId: second.id, memberId: p.members[0]!.id }, { userId: p.user.id });
    await expect(registerBasket(o.id, { userId: p.user.id })).rejects.toThrow(
      activityMessages.overlapping("Mats"),
    );
    expect(await db.activityRegistration.count({ where: { userId: p.user.id } })).toBe(1);
  });
});

describe("medical notes retention", () => {
  it("removes a child's medical notes the set number of days after its last session, not before", async () => {
    const o = await opening(minutes(-1));
    const s = await session((await activity(o.id)).id, 10, { start: "2027-07-05", end: "2027-07-09" });
    const p = await parent([{ firstName: "Ines", birthDate: "2016-03-03" }]);
    const { order } = await registered(o, s.id, p);
    await db.activityRegistration.updateMany({
      where: { orderId: order!.id },
      data: { status: "CONFIRMED" },
    });
    await db.householdMember.update({
      where: { id: p.members[0]!.id },
      data: { medicalNotes: "Notenallergie" },
    });
    await removeExpiredMedicalNotes(db, new Date("2027-08-07T12:00:00Z"));
    expect(
      (await db.householdMember.findUniqueOrThrow({ where: { id: p.members[0]!.id } })).medicalNotes,
    ).toBe("Notenallergie");
    await removeExpiredMedicalNotes(db, new Date("2027-08-09T12:00:00Z"));
    expect(
      (await db.householdMember.findUniqueOrThrow({ where: { id: p.members[0]!.id } })).medicalNotes,
    ).toBeNull();
  });
});
