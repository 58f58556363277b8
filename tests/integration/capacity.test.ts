// The capacity engine under real concurrency: many buyers on separate connections, the sweeper
// racing a confirmation, multi-pool takes that must be all-or-nothing. Holds are taken through
// takeHolds, the one statement production takes capacity with (createOrder runs it with the order
// alongside, raced in orders.test.ts).
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import {
  availability,
  confirmHolds,
  CapacityUnavailable,
  capacityMessages,
  ensurePool,
  expireHolds,
  releaseHolds,
  setCapacity,
  takeHolds,
} from "@/lib/capacity";
import { Prisma } from "@/generated/prisma/client";
import { createPrismaClient } from "@/lib/db/client";

// A client with enough connections that every racer really runs on its own connection.
const db = createPrismaClient(process.env.DATABASE_URL!, 40);
afterAll(() => db.$disconnect());

const minutes = (n: number) => new Date(Date.now() + n * 60_000);
const pool = (capacity: number) => ensurePool(db, `test:${randomUUID()}`, "Testzaal", capacity);
// Generous waits: on a loaded machine opening 30 connections at once can take seconds, and this
// test is about who gets a seat, not about how fast.
const slowMachine = { maxWait: 30_000, timeout: 30_000 };
const take = (reference: string, holds: { poolId: string; quantity: number }[], expiresAt = minutes(10)) =>
  takeHolds(db, { reference, holds, expiresAt });

/** `taken` must always equal what active holds claim. */
async function expectConsistent(poolId: string) {
  const [row] = await db.$queryRaw<{ taken: number; active: number; capacity: number }[]>`
    SELECT p.taken, p.capacity, COALESCE(SUM(h.quantity) FILTER (WHERE h.status IN ('HELD','CONFIRMED')), 0)::int AS active
    FROM "CapacityPool" p LEFT JOIN "CapacityHold" h ON h."poolId" = p.id WHERE p.id = ${poolId} GROUP BY p.id`;
  expect(row.taken).toBe(row.active);
  expect(row.taken).toBeLessThanOrEqual(row.capacity);
  return row;
}

describe("capacity engine under concurrency", () => {
  it("sells exactly the capacity when 30 buyers race for 7 seats", async () => {
    const poolId = await pool(7);
    const results = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) => take(`order-${i}-${randomUUID()}`, [{ poolId, quantity: 1 }])),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(7);
    const failures = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(failures.every((f) => f.reason instanceof CapacityUnavailable)).toBe(true);
    // Every loser hears why, in Dutch, not a generic error.
    expect(new Set(failures.map((f) => f.reason.message))).toEqual(new Set([capacityMessages.notEnough]));
    expect((await expectConsistent(poolId)).taken).toBe(7);
  });

  it("never splits a multi-seat request: 20 buyers of 3 seats on 10 seats get 3 orders", async () => {
    const poolId = await pool(10);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => take(randomUUID(), [{ poolId, quantity: 3 }])),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    expect((await expectConsistent(poolId)).taken).toBe(9);
  });

  it("takes every pool of a request or none: a ticket-type quota stops the whole hold", async () => {
    const hall = await pool(100);
    const reducedTariff = await pool(2);
    await expect(
      take(randomUUID(), [
        { poolId: hall, quantity: 3 },
        { poolId: reducedTariff, quantity: 3 },
      ]),
    ).rejects.toThrow(capacityMessages.notEnough);
    expect((await expectConsistent(hall)).taken).toBe(0);
    expect(await db.capacityHold.count({ where: { poolId: hall } })).toBe(0);
  });

  it("keeps taken consistent when the sweeper races confirmations of expired holds", async () => {
    const poolId = await pool(50);
    const references = Array.from({ length: 25 }, () => randomUUID());
    for (const reference of references) await take(reference, [{ poolId, quantity: 2 }], minutes(-1));
    await Promise.all([
      ...references.map((reference) => db.$transaction((tx) => confirmHolds(tx, reference), slowMachine)),
      expireHolds(db),
      expireHolds(db),
    ]);
    const row = await expectConsistent(poolId);
    expect(row.taken).toBe(50);
    expect(await db.capacityHold.count({ where: { poolId, status: "CONFIRMED" } })).toBe(25);
  });
});

describe("holds that expire", () => {
  it("are ignored by availability before the sweep and given back by it", async () => {
    const poolId = await pool(5);
    const reference = randomUUID();
    await take(reference, [{ poolId, quantity: 4 }], minutes(-1));
    expect((await availability(db, [poolId])).get(poolId)?.available).toBe(5);
    expect(await expireHolds(db, new Date(), [poolId])).toBe(1);
    expect(await db.capacityHold.findFirstOrThrow({ where: { reference } })).toMatchObject({
      status: "EXPIRED",
    });
    expect((await expectConsistent(poolId)).taken).toBe(0);
  });

  it("do not block a new buyer even before the sweeper ran", async () => {
    const poolId = await pool(2);
    await take(randomUUID(), [{ poolId, quantity: 2 }], minutes(-1));
    await take(randomUUID(), [{ poolId, quantity: 2 }]);
    expect((await expectConsistent(poolId)).taken).toBe(2);
  });

  it("are taken again on a late payment when there is still room", async () => {
    const poolId = await pool(3);
    const late = randomUUID();
    await take(late, [{ poolId, quantity: 2 }], minutes(-1));
    await expireHolds(db, new Date(), [poolId]);
    expect(await db.$transaction((tx) => confirmHolds(tx, late))).toBe(true);
    expect(await db.capacityHold.findFirstOrThrow({ where: { reference: late } })).toMatchObject({
      status: "CONFIRMED",
      expiresAt: null,
    });
    expect((await expectConsistent(poolId)).taken).toBe(2);
  });

  it("report a late payment that no longer fits, so the order can be refunded", async () => {
    const poolId = await pool(3);
    const late = randomUUID();
    await take(late, [{ poolId, quantity: 2 }], minutes(-1));
    await take(randomUUID(), [{ poolId, quantity: 3 }]); // sweeps the expired hold and takes everything
    expect(await db.$transaction((tx) => confirmHolds(tx, late))).toBe(false);
    expect(await db.capacityHold.findFirstOrThrow({ where: { reference: late } })).toMatchObject({
      status: "EXPIRED",
    });
    expect((await expectConsistent(poolId)).taken).toBe(3);
  });
});

describe("releasing and resizing", () => {
  it("gives capacity back once, however often a cancellation is repeated", async () => {
    const poolId = await pool(4);
    const reference = randomUUID();
    await take(reference, [{ poolId, quantity: 3 }]);
    await db.$transaction((tx) => confirmHolds(tx, reference));
    await Promise.all([
      db.$transaction((tx) => releaseHolds(tx, reference)),
      db.$transaction((tx) => releaseHolds(tx, reference)),
    ]);
    expect((await expectConsistent(poolId)).taken).toBe(0);
  });

  it("never confirms holds that were released (a cancelled order paid afterwards)", async () => {
    const poolId = await pool(4);
    const reference = randomUUID();
    await take(reference, [{ poolId, quantity: 2 }]);
    await db.$transaction((tx) => releaseHolds(tx, reference));
    expect(await db.$transaction((tx) => confirmHolds(tx, reference))).toBe(false);
    expect((await expectConsistent(poolId)).taken).toBe(0);
  });

  it("refuses to shrink a pool below what is taken, and the database refuses over-booking by itself", async () => {
    const poolId = await pool(4);
    await take(randomUUID(), [{ poolId, quantity: 3 }]);
    await expect(setCapacity(db, poolId, 2)).rejects.toMatchObject({ code: "CONFLICT" });
    await setCapacity(db, poolId, 3);
    await expect(db.$executeRaw`UPDATE "CapacityPool" SET taken = 4 WHERE id = ${poolId}`).rejects.toThrow(
      /CapacityPool_taken_check/,
    );
  });
});

describe("a guard on the take (a buyer's own limit)", () => {
  const refusal = new Error("geweigerd door de bewaker");
  const guard = (ok: boolean, before: Prisma.Sql[] = []) => ({
    before,
    ctes: Prisma.sql`asked AS (SELECT ${ok}::boolean AS ok)`,
    ok: Prisma.sql`(SELECT ok FROM asked)`,
    result: Prisma.sql`(SELECT ok FROM asked) AS asked`,
    refuse: () => refusal,
  });

  it("writes nothing when it refuses, and throws its own error instead of a capacity error", async () => {
    const poolId = await pool(5);
    const reference = randomUUID();
    await expect(
      takeHolds(db, {
        reference,
        holds: [{ poolId, quantity: 2 }],
        expiresAt: minutes(10),
        guard: guard(false),
      }),
    ).rejects.toBe(refusal);
    expect(await db.capacityHold.count({ where: { reference } })).toBe(0);
    expect((await expectConsistent(poolId)).taken).toBe(0);
    await takeHolds(db, {
      reference,
      holds: [{ poolId, quantity: 2 }],
      expiresAt: minutes(10),
      guard: guard(true),
    });
    expect((await expectConsistent(poolId)).taken).toBe(2);
  });

  it("runs its before statements in the take's transaction: a take without room undoes them", async () => {
    const poolId = await pool(1);
    const key = `test:before:${randomUUID()}`;
    const before = [
      Prisma.sql`INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES (${key}, now(), 1)`,
    ];
    await expect(
      takeHolds(db, {
        reference: randomUUID(),
        holds: [{ poolId, quantity: 2 }],
        expiresAt: minutes(10),
        guard: guard(true, before),
      }),
    ).rejects.toThrow(capacityMessages.notEnough);
    expect(await db.rateLimitBucket.count({ where: { key } })).toBe(0);
    await takeHolds(db, {
      reference: randomUUID(),
      holds: [{ poolId, quantity: 1 }],
      expiresAt: minutes(10),
      guard: guard(true, before),
    });
    expect(await db.rateLimitBucket.count({ where: { key } })).toBe(1);
  });
});

describe("availability with many active holds", () => {
  it("counts only the lapsed, unswept holds back, whatever the number of active ones", async () => {
    const poolId = await pool(500);
    for (let i = 0; i < 30; i++) await take(randomUUID(), [{ poolId, quantity: 10 }]);
    const reference = randomUUID();
    await take(reference, [{ poolId, quantity: 5 }]);
    await db.$transaction((tx) => confirmHolds(tx, reference));
    // Last: any later take on the pool would sweep it.
    await take(randomUUID(), [{ poolId, quantity: 7 }], minutes(-1));
    // 300 held, 5 confirmed, 7 lapsed but not swept: 500 - 312 + 7 free.
    expect((await availability(db, [poolId])).get(poolId)).toEqual({ poolId, capacity: 500, available: 195 });
    expect((await expectConsistent(poolId)).taken).toBe(312);
  });
});
