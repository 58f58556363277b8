// Creating services and counters from the management screens: validated, audited, bookable right
// away, and two staff creating the same name at once make exactly one.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createCounter, createService } from "@/lib/appointments/admin-commands";
import { newCounterSchema, newServiceSchema } from "@/lib/appointments/admin-schema";
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

describe("creating counters and services", () => {
  it("creates a counter, then a service offered there that has free slots", async () => {
    const [actor, wingene] = await Promise.all([admin(), site()]);
    const name = `Themabalie Wonen ${randomUUID().slice(0, 6)}`;
    const counter = await createCounter(
      actor.id,
      newCounterSchema.parse({ siteId: wingene.id, name, kind: "THEMABALIE" }),
    );
    expect(counter).toMatchObject({ name, kind: "THEMABALIE", active: true, siteId: wingene.id });
    const serviceName = `Parkeerkaart aanvragen ${randomUUID().slice(0, 6)}`;
    const service = await createService(
      actor.id,
      newServiceSchema.parse({
        name: serviceName,
        description: "Een bewonerskaart om in de blauwe zone te parkeren.",
        whatToBring: "Je identiteitskaart en het inschrijvingsbewijs van je wagen.",
        durationMinutes: "20",
        bufferMinutes: "5",
        leadTimeMinutes: "60",
        capacityPerSlot: "1",
        sameDayAllowed: "on",
        active: "on",
        counterIds: [counter.id],
      }),
    );
    expect(service.slug).toMatch(/^parkeerkaart-aanvragen-/);
    const input = await loadSlotInput({ serviceId: service.id, siteId: wingene.id, now: new Date() });
    const slots = generateSlots(input!);
    expect(slots.length).toBeGreaterThan(0);
    expect(slots.every((s) => s.counters.every((c) => c.counterId === counter.id))).toBe(true);
    const audits = await db.auditLog.findMany({
      where: { subjectId: { in: [counter.id, service.id] } },
      select: { action: true },
    });
    expect(audits.map((a) => a.action).sort()).toEqual(["appointment-service.created", "counter.created"]);
  });

  it("refuses bad input and a taken name next to the field, storing nothing", async () => {
    const [actor, wingene] = await Promise.all([admin(), site()]);
    const bad = newServiceSchema.safeParse({
      name: "x",
      description: "kort",
      whatToBring: "",
      durationMinutes: "0",
      bufferMinutes: "0",
      leadTimeMinutes: "60",
      capacityPerSlot: "1",
    });
    expect(bad.success).toBe(false);
    const fields = bad.error!.issues.map((i) => i.path[0]);
    expect(fields).toEqual(
      expect.arrayContaining(["name", "description", "whatToBring", "durationMinutes", "counterIds"]),
    );
    expect(newCounterSchema.safeParse({ siteId: wingene.id, name: "Balie", kind: "KELDER" }).success).toBe(
      false,
    );

    const counter = await db.counter.findFirstOrThrow({ where: { siteId: wingene.id } });
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
          leadTimeMinutes: "60",
          capacityPerSlot: "1",
          counterIds: counter.id,
        }),
      ),
    ).rejects.toMatchObject({ field: "name", message: /bestaat al een dienst/ });
    expect(await db.appointmentService.count()).toBe(before);
  });

  it("makes exactly one counter when two staff create the same name at once", async () => {
    const [actor, wingene] = await Promise.all([admin(), site()]);
    const input = newCounterSchema.parse({
      siteId: wingene.id,
      name: `Gespreksruimte ${randomUUID().slice(0, 6)}`,
      kind: "GESPREKSRUIMTE",
    });
    const results = await Promise.allSettled(Array.from({ length: 4 }, () => createCounter(actor.id, input)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r): r is PromiseRejectedResult => r.status === "rejected")) {
      expect(r.reason).toBeInstanceOf(FieldError);
      expect(r.reason.message).toMatch(/al een balie met deze naam/);
    }
    expect(await db.counter.count({ where: { siteId: wingene.id, name: input.name } })).toBe(1);
  });
});
