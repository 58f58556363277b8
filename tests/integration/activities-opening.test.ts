// The opening moment against PostgreSQL: 300 parents racing for 40 places through the real command
// on separate connections (exactly 40 placed, the rest on the waiting list in arrival order), the
// waiting room's admission in batches as parents are served (never more than a batch busy, a
// parent not yet admitted refused with nothing stored) and one place per child across accounts, and every refusal of the issue
// with its Dutch message and nothing stored.
import { afterAll, describe, expect, it } from "vitest";
import { addToBasket } from "@/lib/activities/commands/basket";
import { registerBasket } from "@/lib/activities/commands/register";
import { joinWaitingRoom, placeInLine } from "@/lib/activities/commands/waiting-room";
import { activityMessages } from "@/lib/activities/messages";
import { ADMISSION_STALL_SECONDS } from "@/lib/activities/rules";
import { db } from "@/lib/db";
import { createPrismaClient } from "@/lib/db/client";
import { activity, opening, parent, poolOf, session } from "./activities-fixtures";

// 20 connections: well within PostgreSQL's default limit of 100 with the other test workers.
const racers = createPrismaClient(process.env.DATABASE_URL!, 20);
afterAll(() => racers.$disconnect());

const minutes = (n: number) => new Date(Date.now() + n * 60_000);

async function stored(userId: string) {
  return {
    registrations: await db.activityRegistration.count({ where: { userId } }),
    orders: await db.order.count({ where: { buyerUserId: userId } }),
  };
}

describe("the opening moment", () => {
  it("places exactly 40 of 300 parents racing for 40 places; the other 260 wait in arrival order", async () => {
    const o = await opening(minutes(-1));
    const a = await activity(o.id);
    const s = await session(a.id, 40);
    const parents = await Promise.all(
      Array.from({ length: 300 }, (_, i) => parent([{ firstName: `Kind${i}`, birthDate: "2018-03-01" }])),
    );
    for (const p of parents) {
      await addToBasket({ sessionId: s.id, memberId: p.members[0]!.id }, { userId: p.user.id });
      await joinWaitingRoom(db, o.id, { userId: p.user.id }, minutes(-2));
    }
    const results = await Promise.allSettled(
      parents.map((p) => registerBasket(o.id, { userId: p.user.id }, { db: racers })),
    );
    const failed = results.filter((r) => r.status === "rejected");
    expect(failed).toEqual([]);
    const regs = await db.activityRegistration.findMany({
      where: { sessionId: s.id },
      orderBy: { arrival: "asc" },
    });
    expect(regs).toHaveLength(300);
    expect(regs.filter((r) => r.status === "HELD")).toHaveLength(40);
    // Arrival order at the pool decides: the first 40 to arrive are placed, everyone after waits.
    expect(regs.slice(0, 40).every((r) => r.status === "HELD")).toBe(true);
    expect(regs.slice(40).every((r) => r.status === "WAITING")).toBe(true);
    expect((await poolOf(s.poolId)).taken).toBe(40);
    // Every placed child has its own order line; the waiting ones have no order.
    expect(new Set(regs.slice(0, 40).map((r) => r.orderId)).size).toBe(40);
    expect(regs.slice(40).every((r) => r.orderId === null)).toBe(true);
  }, 120_000);

  it("admits a batch at the opening and the next parent only once one of the batch was served", async () => {
    const o = await opening(minutes(-0.1), { admitBatch: 2 });
    const a = await activity(o.id);
    const s = await session(a.id, 10);
    const p = [];
    for (let i = 0; i < 3; i++) {
      const x = await parent([{ firstName: "Mila", birthDate: "2017-01-01" }]);
      await addToBasket({ sessionId: s.id, memberId: x.members[0]!.id }, { userId: x.user.id });
      // Arrivals after the opening queue by arrival.
      await joinWaitingRoom(db, o.id, { userId: x.user.id }, new Date(o.opensAt.getTime() + 1 + i));
      p.push(x);
    }
    const at = (ms: number) => new Date(o.opensAt.getTime() + ms);
    expect(await placeInLine(db, o.id, p[1]!.user.id, at(500))).toMatchObject({
      state: "admitted",
      position: 2,
    });
    expect(await placeInLine(db, o.id, p[2]!.user.id, at(600))).toMatchObject({
      state: "waiting",
      position: 3,
    });
    // Sending anyway is a fast "not yet, you are number 3", and nothing is stored.
    await expect(registerBasket(o.id, { userId: p[2]!.user.id }, { now: at(700) })).rejects.toThrow(
      /nog niet aan de beurt: je staat op plaats 3 in de rij/,
    );
    expect(await stored(p[2]!.user.id)).toEqual({ registrations: 0, orders: 0 });
    expect(await db.activityBasketLine.count({ where: { userId: p[2]!.user.id } })).toBe(1);
    // The first of the batch is served: one of two busy is half the batch, so number 3 comes in.
    expect((await registerBasket(o.id, { userId: p[0]!.user.id }, { now: at(800) })).placed).toBe(1);
    expect(await placeInLine(db, o.id, p[2]!.user.id, at(900))).toMatchObject({ state: "admitted" });
    expect((await registerBasket(o.id, { userId: p[2]!.user.id }, { now: at(1000) })).placed).toBe(1);
  });

  it("keeps a parent admitted once told so, when a slow early join lands ahead of them in line", async () => {
    const o = await opening(minutes(-0.1), { admitBatch: 2 });
    const a = await activity(o.id);
    const s = await session(a.id, 10);
    const before = new Date(o.opensAt.getTime() - 1000);
    const join = async () => {
      const x = await parent([{ firstName: "Finn", birthDate: "2017-01-01" }]);
      await addToBasket({ sessionId: s.id, memberId: x.members[0]!.id }, { userId: x.user.id });
      await joinWaitingRoom(db, o.id, { userId: x.user.id }, before);
      return x;
    };
    const first = [await join(), await join()];
    const at = (ms: number) => new Date(o.opensAt.getTime() + ms);
    const places = await Promise.all(first.map((x) => placeInLine(db, o.id, x.user.id, at(100))));
    expect(places.map((pl) => pl.state)).toEqual(["admitted", "admitted"]);
    const second = places[0]!.state !== "not-joined" && places[0]!.position === 2 ? first[0]! : first[1]!;
    // A join that started before the opening but committed after these polls: an early arrival
    // whose draw puts it first, pushing the parent at place 2 to place 3, beyond `admitted`.
    const late = await join();
    await db.waitingRoomEntry.updateMany({ where: { userId: late.user.id }, data: { drawKey: -1 } });
    expect(await placeInLine(db, o.id, second.user.id, at(200))).toMatchObject({
      state: "admitted",
      position: 3,
    });
    expect((await registerBasket(o.id, { userId: second.user.id }, { now: at(300) })).placed).toBe(1);
  });

  it("never admits more than the batch while nobody is served, however many ask at once", async () => {
    const o = await opening(minutes(-0.1), { admitBatch: 5 });
    const a = await activity(o.id);
    const s = await session(a.id, 100);
    const people = [];
    for (let i = 0; i < 30; i++) {
      const x = await parent([{ firstName: "Ward", birthDate: "2017-01-01" }]);
      await addToBasket({ sessionId: s.id, memberId: x.members[0]!.id }, { userId: x.user.id });
      await joinWaitingRoom(db, o.id, { userId: x.user.id }, new Date(o.opensAt.getTime() + 1 + i));
      people.push(x);
    }
    const now = new Date(o.opensAt.getTime() + 1000);
    for (let round = 0; round < 2; round++) {
      // Every parent polls at the same moment, each on a connection of its own.
      const places = await Promise.all(people.map((x) => placeInLine(racers, o.id, x.user.id, now)));
      const admitted = places.filter((pl) => pl.state === "admitted");
      expect(admitted.map((pl) => (pl.state === "admitted" ? pl.position : 0)).sort((x, y) => x - y)).toEqual(
        [1, 2, 3, 4, 5],
      );
      expect((await db.registrationOpening.findUniqueOrThrow({ where: { id: o.id } })).admitted).toBe(5);
    }
    // Nobody of the batch sent anything for the stall time: half a batch more (closed tabs do not
    // block the line), still nothing registered.
    const later = new Date(now.getTime() + ADMISSION_STALL_SECONDS * 1000);
    expect(await placeInLine(db, o.id, people[29]!.user.id, later)).toMatchObject({ state: "waiting" });
    expect((await db.registrationOpening.findUniqueOrThrow({ where: { id: o.id } })).admitted).toBe(7);
    expect(await db.activityRegistration.count({ where: { sessionId: s.id } })).toBe(0);
  });

  it("gives early arrivals a random place among themselves and joining again keeps the first draw", async () => {
    const o = await opening(minutes(10));
    const a = await activity(o.id);
    const s = await session(a.id, 10);
    const people = [];
    for (let i = 0; i < 12; i++) {
      const x = await parent([{ firstName: "Noor", birthDate: "2016-05-05" }]);
      await addToBasket({ sessionId: s.id, memberId: x.members[0]!.id }, { userId: x.user.id });
      await joinWaitingRoom(db, o.id, { userId: x.user.id });
      people.push(x);
    }
    const positions = await Promise.all(people.map((x) => placeInLine(db, o.id, x.user.id)));
    const order = positions.map((p) => (p.state === "not-joined" ? 0 : p.position));
    expect([...order].sort((x, y) => x - y)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    // Joining order 1..12 would be this list; a random draw of 12 matches it with chance 1/12!.
    expect(order).not.toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    await joinWaitingRoom(db, o.id, { userId: people[0]!.user.id });
    expect(await placeInLine(db, o.id, people[0]!.user.id)).toMatchObject({ position: order[0] });
    expect(await db.waitingRoomEntry.count({ where: { openingId: o.id } })).toBe(12);
  });

  it("holds one place in line per child: a second parent's account with the same child is refused", async () => {
    const o = await opening(minutes(5));
    const a = await activity(o.id);
    const s = await session(a.id, 10);
    const mum = await parent([{ firstName: "Lotte", lastName: "Van Damme", birthDate: "2016-02-02" }]);
    const dad = await parent([{ firstName: "lotte", lastName: "Vandamme", birthDate: "2016-02-02" }]);
    await addToBasket({ sessionId: s.id, memberId: mum.members[0]!.id }, { userId: mum.user.id });
    await addToBasket({ sessionId: s.id, memberId: dad.members[0]!.id }, { userId: dad.user.id });
    await joinWaitingRoom(db, o.id, { userId: mum.user.id });
    await expect(joinWaitingRoom(db, o.id, { userId: dad.user.id })).rejects.toThrow(
      activityMessages.childInLineElsewhere("lotte"),
    );
    expect(await db.waitingRoomEntry.count({ where: { openingId: o.id, userId: dad.user.id } })).toBe(0);
  });
});
