// Staff change the day parts; unknown parts are refused and nothing is stored half.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveDayParts } from "@/lib/halls/commands/day-parts";
import { seed } from "@/prisma/seed";

beforeAll(() => seed(db));

describe("day parts", () => {
  it("are saved with their hours and audited; an unknown part stores nothing", async () => {
    const staff = await db.user.create({ data: { email: `zaal-${randomUUID()}@wingene.be` } });
    const before = await db.hallDayPart.findMany({ orderBy: { sortOrder: "asc" } });
    expect(before.length).toBeGreaterThan(0);
    const changed = before.map((p, i) => ({
      code: p.code,
      label: `${p.label} (nieuw)`,
      startMinutes: p.startMinutes,
      endMinutes: i === 0 ? p.endMinutes - 30 : p.endMinutes,
    }));
    await expect(
      saveDayParts(staff.id, [
        ...changed,
        { code: "BESTAAT_NIET", label: "X", startMinutes: 0, endMinutes: 1 },
      ]),
    ).rejects.toMatchObject({ field: "parts.BESTAAT_NIET.label" });
    expect(await db.hallDayPart.findMany({ orderBy: { sortOrder: "asc" } })).toEqual(before);

    try {
      await saveDayParts(staff.id, changed);
      const after = await db.hallDayPart.findMany({ orderBy: { sortOrder: "asc" } });
      expect(after[0]).toMatchObject({
        label: `${before[0].label} (nieuw)`,
        endMinutes: before[0].endMinutes - 30,
      });
      expect(
        await db.auditLog.count({ where: { actorId: staff.id, action: "hall.day-parts-changed" } }),
      ).toBe(1);
    } finally {
      // Put them back: other tests in this worker read the seeded day parts.
      await saveDayParts(
        staff.id,
        before.map(({ code, label, startMinutes, endMinutes }) => ({
          code,
          label,
          startMinutes,
          endMinutes,
        })),
      );
    }
  });
});
