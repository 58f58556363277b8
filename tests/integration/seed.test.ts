import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seed } from "@/prisma/seed";

const counts = async () => ({
  users: await db.user.count(),
  roles: await db.staffRoleAssignment.count(),
  sites: await db.site.count(),
  desks: await db.desk.count(),
  hours: await db.openingHours.count(),
  closures: await db.closurePeriod.count(),
  associations: await db.association.count(),
  members: await db.associationMember.count(),
  household: await db.householdMember.count(),
});

describe("seed", () => {
  beforeAll(async () => {
    await seed(db, new Date("2026-11-25T10:00:00Z"));
  });

  it("is idempotent: a second run changes nothing", async () => {
    const before = await counts();
    await seed(db, new Date("2026-11-25T10:00:00Z"));
    expect(await counts()).toEqual(before);
    expect(await seed(db)).toEqual([]);
  });

  it("does not put back demo data that staff deleted", async () => {
    const closure = await db.closurePeriod.findFirstOrThrow({ where: { reason: "Oudejaarsdag" } });
    await db.closurePeriod.delete({ where: { id: closure.id } });
    await seed(db);
    expect(await db.closurePeriod.count({ where: { reason: "Oudejaarsdag" } })).toBe(0);
    await db.closurePeriod.create({ data: { ...closure } });
  });

  it("has both town halls, a Tuesday evening opening and the holidays they close on", async () => {
    const sites = await db.site.findMany({ include: { openingHours: true }, orderBy: { sortOrder: "asc" } });
    expect(sites.map((s) => `${s.name} ${s.postcode}`)).toEqual(
      expect.arrayContaining(["Gemeentehuis Wingene 8750", "Gemeentehuis Ruiselede 8755"]),
    );
    const wingene = sites.find((s) => s.slug === "gemeentehuis-wingene")!;
    expect(wingene.openingHours.some((h) => h.weekday === 2 && h.closesAt === 19 * 60)).toBe(true);
    // Holidays are rules, not rows: the closing days of every year follow from them.
    expect(await db.closurePeriod.count({ where: { reason: "Kerstmis" } })).toBe(0);
    expect((await db.closingHoliday.findMany()).map((h) => h.rule)).toEqual(
      expect.arrayContaining(["12-25", "easter 1", "07-11", "easter 40"]),
    );
  });

  it("has a staff account for every role and residents with household members", async () => {
    const roles = await db.staffRoleAssignment.findMany({ select: { role: true } });
    expect(new Set(roles.map((r) => r.role))).toEqual(
      new Set([
        "FRONT_DESK",
        "CALL_CENTRE",
        "CIVIL_AFFAIRS",
        "LEISURE",
        "EVENTS",
        "TECHNICAL_SERVICE",
        "ADMIN",
      ]),
    );
    const an = await db.user.findUniqueOrThrow({
      where: { email: "an.peeters@example.be" },
      include: { householdMembers: true, memberships: true },
    });
    expect(an.householdMembers).toHaveLength(2);
    expect(an.memberships).toHaveLength(2);
  });
});
