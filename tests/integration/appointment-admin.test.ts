// Managing services and desk availability: settings and desks change new slots only,
// bad input is refused without changing anything.
import { beforeAll, describe, expect, it } from "vitest";
import {
  addAvailability,
  removeAvailability,
  updateServiceSettings,
} from "@/lib/appointments/admin-commands";
import { serviceSettingsSchema } from "@/lib/appointments/admin-schema";
import { loadSlotInput } from "@/lib/appointments/slot-input";
import { generateSlots } from "@/lib/appointments/slots";
import { db } from "@/lib/db";
import { seed } from "@/prisma/seed";

beforeAll(async () => {
  await seed(db);
});

describe("managing appointment services", () => {
  it("changes the duration, the lead time in days and the offering desks, audited", async () => {
    const service = await db.appointmentService.findUniqueOrThrow({ where: { slug: "huwelijk-aangeven" } });
    const site = await db.site.findUniqueOrThrow({ where: { slug: "gemeentehuis-wingene" } });
    const desk = await db.desk.findFirstOrThrow({
      where: { siteId: site.id, slug: "gespreksruimte-1" },
    });
    const admin = await db.user.findUniqueOrThrow({ where: { email: "beheerder@wingene.be" } });
    const input = serviceSettingsSchema.parse({
      id: service.id,
      durationMinutes: "45",
      bufferMinutes: "0",
      leadTime: { days: "1", hours: "0" },
      capacityPerSlot: "1",
      sameDayAllowed: undefined,
      active: "on",
      deskIds: desk.id,
    });
    await updateServiceSettings(admin.id, input);
    // The lead time was typed as one day and is stored in minutes.
    expect(
      (await db.appointmentService.findUniqueOrThrow({ where: { id: service.id } })).leadTimeMinutes,
    ).toBe(1440);
    const slots = generateSlots(
      (await loadSlotInput({ serviceId: service.id, siteId: site.id, now: new Date() }))!,
    );
    expect(slots.length).toBeGreaterThan(0);
    expect(slots.every((s) => s.desks.every((c) => c.deskId === desk.id))).toBe(true);
    expect(slots[0].endsAt.getTime() - slots[0].startsAt.getTime()).toBe(45 * 60_000);
    expect(
      await db.auditLog.count({ where: { subjectId: service.id, action: "appointment-service.updated" } }),
    ).toBe(1);

    expect(
      serviceSettingsSchema.safeParse({ ...input, durationMinutes: "0", deskIds: undefined }).success,
    ).toBe(false);
    await expect(updateServiceSettings(admin.id, { ...input, deskIds: ["onbestaand"] })).rejects.toThrow(
      /bestaat niet/,
    );
  });

  it("adds and removes a staffed window, refusing overlaps", async () => {
    const desk = await db.desk.findFirstOrThrow({
      where: { slug: "gespreksruimte", site: { slug: "gemeentehuis-ruiselede" } },
    });
    const admin = await db.user.findUniqueOrThrow({ where: { email: "beheerder@wingene.be" } });
    const id = await addAvailability(admin.id, {
      deskId: desk.id,
      weekday: 4,
      from: 13 * 60 + 30,
      to: 15 * 60,
    });
    await expect(
      addAvailability(admin.id, { deskId: desk.id, weekday: 4, from: 14 * 60, to: 16 * 60 }),
    ).rejects.toThrow(/overlapt/);
    await removeAvailability(admin.id, id);
    await expect(removeAvailability(admin.id, id)).rejects.toThrow(/bestaat niet/);
  });
});
