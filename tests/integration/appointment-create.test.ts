// Creating services and desks from the management screens: validated, audited, bookable right
// away, and two staff creating the same name at once make exactly one.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createDesk, createService } from "@/lib/appointments/admin-commands";
import { newDeskSchema, newServiceSchema } from "@/lib/appointments/admin-schema";
import { loadSlotInput } from "@/lib/appointments/slot-input";
import { generateSlots } from "@/lib/appointments/slots";
import { db } from "@/lib/db";
import { FieldError } from "@/lib/errors";
import { seed } from "@/prisma/seed";

beforeAll(async () => {
  await seed(db);
});

const admin = () => db.user.findUniqueOrThrow({ where: { email: "beheerder@wingene.be" } });
const site = () => db.site.findUniqueOrThrow({ where: { slug: "gemeentehuis-wingene" } });

describe("creating desks and services", () => {
  it("creates a desk, then a service offered there that has free slots", async () => {
    const [actor, wingene] = await Promise.all([admin(), site()]);
    const name = `Themabalie Wonen ${randomUUID().slice(0, 6)}`;
    const desk = await createDesk(
      actor.id,
      newDeskSchema.parse({ siteId: wingene.id, name, kind: "SPECIALIST" }),
    );
    expect(desk).toMatchObject({ name, kind: "SPECIALIST", active: true, siteId: wingene.id });
    const serviceName = `Parkeerkaart aanvragen ${randomUUID().slice(0, 6)}`;
    const service = await createService(
      actor.id,
      newServiceSchema.parse({
        name: serviceName,
        description: "Een bewonerskaart om in de blauwe zone te parkeren.",
        whatToBring: "Je identiteitskaart en het inschrijvingsbewijs van je wagen.",
        durationMinutes: "20",
        bufferMinutes: "5",
        leadTime: { days: "0", hours: "1" },
        capacityPerSlot: "1",
        sameDayAllowed: "on",
        active: "on",
        deskIds: [desk.id],
      }),
    );
    expect(service.slug).toMatch(/^parkeerkaart-aanvragen-/);
    const input = await loadSlotInput({ serviceId: service.id, siteId: wingene.id, now: new Date() });
    const slots = generateSlots(input!);
    expect(slots.length).toBeGreaterThan(0);
    expect(slots.every((s) => s.desks.every((c) => c.deskId === desk.id))).toBe(true);
    const audits = await db.auditLog.findMany({
      where: { subjectId: { in: [desk.id, service.id] } },
      select: { action: true },
    });
    expect(audits.map((a) => a.action).sort()).toEqual(["appointment-service.created", "desk.created"]);
  });

  it("refuses bad input and a taken name next to the field, storing nothing", async () => {
    const [actor, wingene] = await Promise.all([admin(), site()]);
    const bad = newServiceSchema.safeParse({
      name: "x",
      description: "kort",
      whatToBring: "",
      durationMinutes: "0",
      bufferMinutes: "0",
      leadTime: { days: "0", hours: "1" },
      capacityPerSlot: "1",
    });
    expect(bad.success).toBe(false);
    const fields = bad.error!.issues.map((i) => i.path[0]);
    expect(fields).toEqual(
      expect.arrayContaining(["name", "description", "whatToBring", "durationMinutes", "deskIds"]),
    );
    expect(newDeskSchema.safeParse({ siteId: wingene.id, name: "Balie", kind: "KELDER" }).success).toBe(
      false,
    );

    const desk = await db.desk.findFirstOrThrow({ where: { siteId: wingene.id } });
    const before = await db.appointmentService.count();
    await expect(
      createService(
        actor.id,
        newServiceSchema.parse({
          name: "Rijbewijs",
          description: "Dezelfde naam als een bestaande dienst.",
          whatToBring: "Niets",
          durationMinutes: "15",
          bufferMinutes: "0",
          leadTime: { days: "0", hours: "1" },
          capacityPerSlot: "1",
          deskIds: desk.id,
        }),
      ),
    ).rejects.toMatchObject({ field: "name", message: /bestaat al een dienst/ });
    expect(await db.appointmentService.count()).toBe(before);
  });

  it("makes exactly one desk when two staff create the same name at once", async () => {
    const [actor, wingene] = await Promise.all([admin(), site()]);
    const input = newDeskSchema.parse({
      siteId: wingene.id,
      name: `Gespreksruimte ${randomUUID().slice(0, 6)}`,
      kind: "MEETING_ROOM",
    });
    const results = await Promise.allSettled(Array.from({ length: 4 }, () => createDesk(actor.id, input)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r): r is PromiseRejectedResult => r.status === "rejected")) {
      expect(r.reason).toBeInstanceOf(FieldError);
      expect(r.reason.message).toMatch(/al een balie met deze naam/);
    }
    expect(await db.desk.count({ where: { siteId: wingene.id, name: input.name } })).toBe(1);
  });
});
