// The front office's commands: staff book for a caller without e-mail (same command, audited as
// staff for the resident), mark arrivals once, move appointments, and close a desk only when
// nothing is booked in the way.
import { beforeAll, describe, expect, it } from "vitest";
import { bookAppointment, moveAppointment } from "@/lib/appointments/commands";
import { loadSlotInput } from "@/lib/appointments/slot-input";
import { generateSlots } from "@/lib/appointments/slots";
import { blockDesk, markAppointment } from "@/lib/appointments/staff-commands";
import { weekCalendar } from "@/lib/appointments/staff-queries";
import { weekStart } from "@/lib/appointments/week";
import { addBrusselsDays, brusselsParts } from "@/lib/be/time";
import { db } from "@/lib/db";
import { seed } from "@/prisma/seed";

beforeAll(async () => {
  await seed(db);
});

async function context(serviceSlug = "afval-en-milieu", siteSlug = "gemeentehuis-ruiselede") {
  const service = await db.appointmentService.findUniqueOrThrow({ where: { slug: serviceSlug } });
  const site = await db.site.findUniqueOrThrow({ where: { slug: siteSlug } });
  const staff = await db.user.findUniqueOrThrow({ where: { email: "callcenter@wingene.be" } });
  const resident = await db.user.findUniqueOrThrow({ where: { email: "marie.claeys@example.be" } });
  const input = await loadSlotInput({ serviceId: service.id, siteId: site.id, now: new Date() });
  const slots = generateSlots(input!).reverse();
  return { service, site, staff, resident, slots };
}

describe("front office", () => {
  it("books for a caller without e-mail, audited as staff on behalf of the resident", async () => {
    const { service, site, staff, resident, slots } = await context();
    const booked = await bookAppointment(
      {
        serviceId: service.id,
        siteId: site.id,
        startsAt: slots[0].startsAt,
        name: "Marie Claeys",
        email: "",
        phone: "050 11 22 33",
      },
      { userId: resident.id, bookedById: staff.id },
    );
    const row = await db.appointment.findUniqueOrThrow({ where: { id: booked.id } });
    expect(row).toMatchObject({ userId: resident.id, bookedById: staff.id, email: "" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { subjectId: booked.id } });
    expect(audit).toMatchObject({
      actorId: staff.id,
      onBehalfOfId: resident.id,
      action: "appointment.booked-by-staff",
    });

    // Marking arrived twice at once: one wins, the other is told it changed.
    const marks = await Promise.allSettled([
      markAppointment(staff.id, booked.id, "ARRIVED"),
      markAppointment(staff.id, booked.id, "ARRIVED"),
    ]);
    expect(marks.filter((m) => m.status === "fulfilled")).toHaveLength(1);
    await markAppointment(staff.id, booked.id, "SERVED");
    expect((await db.appointment.findUniqueOrThrow({ where: { id: booked.id } })).status).toBe("SERVED");
    await expect(markAppointment(staff.id, booked.id, "NO_SHOW")).rejects.toThrow(/intussen gewijzigd/);
  });

  it("refuses to close a desk over a booked appointment, and offers no slots inside a closure", async () => {
    const { service, site, staff, slots } = await context();
    const [free, other] = [slots[1], slots[2]];
    const booked = await bookAppointment(
      {
        serviceId: service.id,
        siteId: site.id,
        startsAt: free.startsAt,
        name: "Bert Balie",
        email: "",
        phone: "050 11 22 33",
      },
      { userId: null, bookedById: staff.id },
    );
    const row = await db.appointment.findUniqueOrThrow({ where: { id: booked.id } });
    const { dateKey, minutes } = brusselsParts(row.startsAt);
    const span = {
      deskId: row.deskId,
      date: dateKey,
      from: minutes,
      to: minutes + 15,
      reason: "Teamoverleg",
    };
    await expect(blockDesk(staff.id, span)).rejects.toThrow(/staat nog 1 afspraak/);

    // Move it away by staff, then the closure goes through and the slot disappears.
    await moveAppointment(booked.id, other.startsAt, { actorId: staff.id, byStaff: true });
    await blockDesk(staff.id, span);
    const after = await context();
    expect(after.slots.some((s) => s.startsAt.getTime() === row.startsAt.getTime())).toBe(false);
  });
});

describe("week calendar", () => {
  it("lists the week's appointments per desk and narrows to one desk", async () => {
    const { service, site, staff, slots } = await context();
    const booked = await bookAppointment(
      {
        serviceId: service.id,
        siteId: site.id,
        startsAt: slots[3].startsAt,
        name: "Wim Week",
        email: "",
        phone: "050 11 22 33",
      },
      { userId: null, bookedById: staff.id },
    );
    const row = await db.appointment.findUniqueOrThrow({ where: { id: booked.id } });
    const monday = weekStart(brusselsParts(row.startsAt).dateKey);
    const all = await weekCalendar(site.id, monday);
    expect(all.length).toBeGreaterThan(1);
    const holder = all.find((c) => c.id === row.deskId);
    expect(holder?.appointments.map((a) => a.id)).toContain(booked.id);
    const other = all.find((c) => c.id !== row.deskId)!;
    const narrowed = await weekCalendar(site.id, monday, other.id);
    expect(narrowed.map((c) => c.id)).toEqual([other.id]);
    // The week before does not hold it.
    const before = await weekCalendar(site.id, addBrusselsDays(monday, -7), row.deskId);
    expect(before[0].appointments.map((a) => a.id)).not.toContain(booked.id);
  });
});
