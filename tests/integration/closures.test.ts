import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addClosure, removeClosure } from "@/lib/sites/commands";

const admin = () => db.user.create({ data: { email: `admin-${randomUUID()}@example.be` } });

describe("exceptional closures", () => {
  it("adds a closure for one site and audits it", async () => {
    const actor = await admin();
    const site = await db.site.create({
      data: {
        slug: `s-${randomUUID()}`,
        name: "Test",
        street: "Markt 1",
        postcode: "8755",
        city: "Ruiselede",
      },
    });
    const id = await addClosure(
      actor.id,
      { siteId: site.id, startsOn: "2026-12-21", endsOn: "2026-12-22", reason: "Verhuis" },
      new Date("2026-11-25T10:00:00Z"),
    );
    const closure = await db.closurePeriod.findUniqueOrThrow({ where: { id } });
    expect([
      closure.startsOn.toISOString().slice(0, 10),
      closure.endsOn.toISOString().slice(0, 10),
      closure.siteId,
    ]).toEqual(["2026-12-21", "2026-12-22", site.id]);
    expect(
      await db.auditLog.count({ where: { actorId: actor.id, action: "closure.added", subjectId: id } }),
    ).toBe(1);
    await removeClosure(actor.id, id);
    expect(await db.closurePeriod.count({ where: { id } })).toBe(0);
  });

  it("refuses a closure in the past and stores nothing", async () => {
    const actor = await admin();
    const reason = `Verleden ${randomUUID()}`;
    await expect(
      addClosure(
        actor.id,
        { siteId: null, startsOn: "2026-11-01", endsOn: "2026-11-02", reason },
        new Date("2026-11-25T10:00:00Z"),
      ),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await db.closurePeriod.count({ where: { reason } })).toBe(0);
  });

  it("answers 'not found' for an unknown site or closure", async () => {
    const actor = await admin();
    await expect(
      addClosure(
        actor.id,
        { siteId: "bestaat-niet", startsOn: "2026-12-21", endsOn: "2026-12-21", reason: "x y z" },
        new Date("2026-11-25T10:00:00Z"),
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(removeClosure(actor.id, "bestaat-niet")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
