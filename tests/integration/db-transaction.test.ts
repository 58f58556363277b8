import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { pgFailure } from "@/lib/db/errors";
import { DEFAULT_BUSY_MESSAGE, lockRows, transaction, unlessTakenElsewhere } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";

const bucket = async () => {
  const key = `tx-test-${randomUUID()}`;
  await db.rateLimitBucket.create({ data: { key, windowStart: new Date(), count: 1 } });
  return key;
};

const bump = (tx: Parameters<Parameters<typeof transaction>[1]>[0], key: string) =>
  tx.rateLimitBucket.update({ where: { key }, data: { count: { increment: 1 } } });

/** A promise with its resolve function, to hold one transaction open while another runs. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

/** A transaction that bumps `key` and keeps its row locked until `release()`; `done` once it committed. */
async function heldOpen(key: string) {
  const locked = gate();
  const release = gate();
  const done = db.$transaction(
    async (tx) => {
      await bump(tx, key);
      locked.open();
      await release.opened;
    },
    { timeout: 20_000 },
  );
  await locked.opened;
  return { release: release.open, done };
}

describe("the transaction helper", () => {
  it("sets a lock timeout and a statement timeout inside every transaction", async () => {
    const settings = await transaction(
      db,
      (tx) =>
        tx.$queryRaw<{ lock: string; statement: string }[]>`
        SELECT current_setting('lock_timeout') AS lock, current_setting('statement_timeout') AS statement`,
    );
    expect(settings[0]).toEqual({ lock: "3s", statement: "15s" });
    const custom = await transaction(
      db,
      (tx) => tx.$queryRaw<{ lock: string }[]>`SELECT current_setting('lock_timeout') AS lock`,
      { lockTimeoutMs: 250 },
    );
    expect(custom[0]!.lock).toBe("250ms");
  });

  it("answers with the busy message when a row stays locked past the lock timeout", async () => {
    const key = await bucket();
    const holder = await heldOpen(key);
    const loser = transaction(db, (tx) => bump(tx, key), { lockTimeoutMs: 200 });
    await expect(loser).rejects.toThrow(DEFAULT_BUSY_MESSAGE);
    await expect(loser).rejects.toBeInstanceOf(AppError);
    holder.release();
    await holder.done;
    expect((await db.rateLimitBucket.findUniqueOrThrow({ where: { key } })).count).toBe(2);
  });

  it("uses the domain's busy answer when one is given", async () => {
    const key = await bucket();
    const holder = await heldOpen(key);
    await expect(
      transaction(db, (tx) => bump(tx, key), {
        lockTimeoutMs: 200,
        busy: () => new AppError("CONFLICT", "Iemand boekt deze zaal net."),
      }),
    ).rejects.toThrow("Iemand boekt deze zaal net.");
    holder.release();
    await holder.done;
  });

  it("lets a job's run skip work another transaction holds locked (null, nothing written) and still fail on other errors", async () => {
    const key = await bucket();
    const holder = await heldOpen(key);
    const skipped = await unlessTakenElsewhere(db, (tx) => bump(tx, key), { lockTimeoutMs: 200 });
    expect(skipped).toBeNull();
    holder.release();
    await holder.done;
    expect((await db.rateLimitBucket.findUniqueOrThrow({ where: { key } })).count).toBe(2);

    expect(await unlessTakenElsewhere(db, (tx) => bump(tx, key))).toMatchObject({ count: 3 });
    await expect(
      unlessTakenElsewhere(db, (tx) =>
        tx.rateLimitBucket.update({ where: { key: "bestaat-niet" }, data: {} }),
      ),
    ).rejects.toThrow();
  });

  it("runs a transaction again after a deadlock, so both writers finish", async () => {
    const [a, b] = [await bucket(), await bucket()];
    const bothHoldTheirFirst = { count: 0, gate: gate() };
    let runs = 0;
    const writer = (first: string, second: string) =>
      transaction(
        db,
        async (tx) => {
          runs++;
          await bump(tx, first);
          if (++bothHoldTheirFirst.count === 2) bothHoldTheirFirst.gate.open();
          await bothHoldTheirFirst.gate.opened;
          await bump(tx, second);
        },
        { lockTimeoutMs: 10_000 },
      );
    await Promise.all([writer(a, b), writer(b, a)]);
    expect(runs).toBeGreaterThan(2); // PostgreSQL aborted one of the two, and it ran again
    const counts = await db.rateLimitBucket.findMany({ where: { key: { in: [a, b] } } });
    expect(counts.map((c) => c.count)).toEqual([3, 3]);
  });

  it("turns a named constraint's refusal into the domain's message", async () => {
    const slug = `tx-site-${randomUUID()}`;
    const site = { slug, name: "Test", street: "Markt 1", postcode: "8750", city: "Wingene" };
    await db.site.create({ data: site });
    const duplicate = transaction(db, (tx) => tx.site.create({ data: site }), {
      refusals: { Site_slug_key: () => new AppError("CONFLICT", "Deze korte naam is al in gebruik.") },
    });
    await expect(duplicate).rejects.toThrow("Deze korte naam is al in gebruik.");
  });

  it("throws a refusal it has no answer for as it is, with its SQLSTATE readable", async () => {
    const slug = `tx-site-${randomUUID()}`;
    const site = { slug, name: "Test", street: "Markt 1", postcode: "8750", city: "Wingene" };
    await db.site.create({ data: site });
    const error = await transaction(db, (tx) => tx.site.create({ data: site })).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(AppError);
    expect(pgFailure(error)).toEqual({ code: "23505", constraint: "Site_slug_key" });
  });

  it("locks only rows that exist and returns their ids in id order", async () => {
    const sites = await Promise.all(
      [1, 2].map((n) =>
        db.site.create({
          data: { slug: `lock-${n}-${randomUUID()}`, name: "L", street: "S 1", postcode: "8750", city: "W" },
        }),
      ),
    );
    const ids = sites.map((s) => s.id);
    const locked = await transaction(db, (tx) => lockRows(tx, "Site", [ids[1]!, "missing", ids[0]!]));
    expect(locked).toEqual([...ids].sort());
  });
});
