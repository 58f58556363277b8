// Staff replace a site's weekly hours: all at once, audited, and two editors never interleave.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { replaceWeeklyHours } from "@/lib/sites/commands";
import { weeklyHoursSchema } from "@/lib/sites/schema";

const admin = () => db.user.create({ data: { email: `admin-${randomUUID()}@example.be` } });
const newSite = () =>
  db.site.create({
    data: {
      slug: `s-${randomUUID()}`,
      name: "Test",
      street: "Markt 1",
      postcode: "8750",
      city: "Wingene",
      openingHours: { create: [{ weekday: 1, opensAt: 540, closesAt: 720 }] },
    },
  });
const rowsOf = (siteId: string) =>
  db.openingHours.findMany({
    where: { siteId },
    orderBy: [{ weekday: "asc" }, { opensAt: "asc" }],
    select: { weekday: true, opensAt: true, closesAt: true, byAppointmentOnly: true },
  });

describe("weekly opening hours", () => {
  it("replace the week of one site and record before and after in the audit log", async () => {
    const [actor, site, other] = await Promise.all([admin(), newSite(), newSite()]);
    await replaceWeeklyHours(
      actor.id,
      weeklyHoursSchema.parse({
        siteId: site.id,
        days: {
          tuesday: {
            windows: [
              { opensAt: "09:00", closesAt: "12:00" },
              { opensAt: "16:00", closesAt: "19:00", byAppointmentOnly: "on" },
            ],
          },
        },
      }),
    );
    expect(await rowsOf(site.id)).toEqual([
      { weekday: 2, opensAt: 540, closesAt: 720, byAppointmentOnly: false },
      { weekday: 2, opensAt: 960, closesAt: 1140, byAppointmentOnly: true },
    ]);
    expect(await rowsOf(other.id)).toHaveLength(1); // another site is untouched
    const audit = await db.auditLog.findFirstOrThrow({
      where: { actorId: actor.id, action: "opening-hours.replaced", subjectId: site.id },
    });
    expect(audit.details).toMatchObject({ before: [{ weekday: 1, opensAt: 540, closesAt: 720 }] });
  });

  it("refuse an unknown site and store nothing", async () => {
    const actor = await admin();
    await expect(
      replaceWeeklyHours(actor.id, {
        siteId: "bestaat-niet",
        windows: [{ weekday: 1, opensAt: 1, closesAt: 2, label: null, byAppointmentOnly: false }],
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.openingHours.count({ where: { siteId: "bestaat-niet" } })).toBe(0);
  });

  it("apply two editors saving at once one after the other: one whole week wins", async () => {
    const [actor, site] = await Promise.all([admin(), newSite()]);
    const week = (open: string) =>
      weeklyHoursSchema.parse({
        siteId: site.id,
        days: {
          monday: { windows: [{ opensAt: open, closesAt: "12:00" }] },
          wednesday: { windows: [{ opensAt: open, closesAt: "12:00" }] },
        },
      });
    await Promise.all([
      replaceWeeklyHours(actor.id, week("08:00")),
      replaceWeeklyHours(actor.id, week("10:00")),
    ]);
    const rows = await rowsOf(site.id);
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((r) => r.opensAt)).size).toBe(1);
  });
});
