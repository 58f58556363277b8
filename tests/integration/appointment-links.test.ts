// Moving an appointment by staff or from Mijn Wingene rotates the personal link: the new link comes
// in the mail with the new .ics, the old one is refused with a clear message. Moving through the
// link itself keeps it. Slots follow the weekly opening hours staff edit.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import {
  bookAppointment,
  cancelByToken,
  moveAppointment,
  moveOwnAppointment,
  rescheduleByToken,
} from "@/lib/appointments/commands";
import { isRetiredLink } from "@/lib/appointments/queries";
import { loadSlotInput } from "@/lib/appointments/slot-input";
import { generateSlots } from "@/lib/appointments/slots";
import { brusselsParts } from "@/lib/be/time";
import { db } from "@/lib/db";
import { replaceWeeklyHours } from "@/lib/sites/commands";
import { weeklyHoursSchema } from "@/lib/sites/schema";
import { seed } from "@/prisma/seed";
import { appointmentMessages } from "@/lib/appointments/messages";

beforeAll(async () => {
  await seed(db);
});

async function scope(serviceSlug = "bouwvergunning-bespreken", siteSlug = "gemeentehuis-wingene") {
  const service = await db.appointmentService.findUniqueOrThrow({ where: { slug: serviceSlug } });
  const site = await db.site.findUniqueOrThrow({ where: { slug: siteSlug } });
  const input = await loadSlotInput({ serviceId: service.id, siteId: site.id, now: new Date() });
  return { service, site, slots: generateSlots(input!).reverse() };
}

const staffUser = () => db.user.findUniqueOrThrow({ where: { email: "callcenter@wingene.be" } });
const newResident = () =>
  db.user.create({ data: { email: `inwoner-${randomUUID()}@example.be`, name: "Inwoner Test" } });

/** The personal link's token in the last mail about this appointment. */
async function tokenInLastMail(email: string, subject: string) {
  const mail = await db.mailMessage.findFirstOrThrow({
    where: { to: email, subject: { startsWith: subject } },
    orderBy: { createdAt: "desc" },
  });
  const token = mail.text.match(/\/afspraak\/([A-Za-z0-9_-]{32})/)?.[1];
  return { token, mail };
}

async function bookFor(userId: string | null, pick: number) {
  const { service, site, slots } = await scope();
  const email = `afspraak-${randomUUID()}@example.be`;
  const booked = await bookAppointment(
    {
      serviceId: service.id,
      siteId: site.id,
      startsAt: slots[pick].startsAt,
      name: "Lotte Test",
      email,
      phone: "0470 12 34 56",
    },
    { userId },
  );
  return { booked, email, slots };
}

describe("rotating the personal link", () => {
  it("mails a new link with the new .ics when staff move, and the old link says it no longer works", async () => {
    const staff = await staffUser();
    const { booked, email, slots } = await bookFor(null, 0);
    const target = slots[3].startsAt;
    const moved = await moveAppointment(booked.id, target, { actorId: staff.id, byStaff: true });
    expect(moved.token).not.toBe(booked.token);

    const { token, mail } = await tokenInLastMail(email, "Afspraak verplaatst");
    expect(token).toBe(moved.token);
    const [ics] = mail.attachments as { filename: string; content: string }[];
    expect(ics.content).toContain("SEQUENCE:1");
    expect(ics.content).toContain(`DTSTART:${target.toISOString().replace(/[-:]/g, "").replace(".000", "")}`);

    // The old link: refused with the clear message, for moving and cancelling alike.
    await expect(rescheduleByToken(booked.token, slots[4].startsAt)).rejects.toThrow(
      appointmentMessages.retiredLink,
    );
    await expect(cancelByToken(booked.token)).rejects.toThrow(/werkt niet meer/);
    expect(await isRetiredLink(booked.token)).toBe(true);
    expect((await db.appointment.findUniqueOrThrow({ where: { id: booked.id } })).status).toBe("BOOKED");

    // The new link works, and moving through it keeps it (no third link).
    await rescheduleByToken(token!, slots[4].startsAt);
    const again = await tokenInLastMail(email, "Afspraak verplaatst");
    expect(again.token).toBe(token);
    expect(await isRetiredLink(token!)).toBe(false);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { subjectId: booked.id, action: "appointment.moved", actorId: staff.id },
    });
    expect(audit.details).toMatchObject({ newLink: true });
  });

  it("lets a resident move only their own appointment from Mijn afspraken, with a new link", async () => {
    const [owner, stranger] = await Promise.all([newResident(), newResident()]);
    const { booked, email, slots } = await bookFor(owner.id, 1);
    await expect(moveOwnAppointment(stranger.id, booked.id, slots[5].startsAt)).rejects.toThrow(
      /bestaat niet/,
    );
    const unchanged = await db.appointment.findUniqueOrThrow({ where: { id: booked.id } });
    expect(unchanged.sequence).toBe(0);

    const moved = await moveOwnAppointment(owner.id, booked.id, slots[5].startsAt);
    expect(moved.startsAt).toEqual(slots[5].startsAt);
    expect((await tokenInLastMail(email, "Afspraak verplaatst")).token).toBe(moved.token);
    await expect(cancelByToken(booked.token)).rejects.toThrow(appointmentMessages.retiredLink);
    // A slot in the past follows the same rules as through the link.
    await expect(moveOwnAppointment(owner.id, booked.id, new Date(Date.now() - 3_600_000))).rejects.toThrow(
      /verleden/,
    );
  });

  it("lets only one of a staff move and a resident move at the same moment win", async () => {
    const staff = await staffUser();
    const owner = await newResident();
    const { booked, slots } = await bookFor(owner.id, 2);
    const results = await Promise.allSettled([
      moveAppointment(booked.id, slots[6].startsAt, { actorId: staff.id, byStaff: true }),
      moveOwnAppointment(owner.id, booked.id, slots[7].startsAt),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    expect(won).toHaveLength(1);
    const row = await db.appointment.findUniqueOrThrow({ where: { id: booked.id } });
    expect(row.sequence).toBe(1);
    expect(await db.appointmentRetiredLink.count({ where: { appointmentId: booked.id } })).toBe(1);
    const winner = (won[0] as PromiseFulfilledResult<{ startsAt: Date }>).value;
    expect(row.startsAt).toEqual(winner.startsAt);
  });
});

describe("slots follow the weekly opening hours", () => {
  it("offer no slot on a day staff closed, and offer the new evening", async () => {
    const staff = await staffUser();
    const service = await db.appointmentService.findUniqueOrThrow({ where: { slug: "afval-en-milieu" } });
    const site = await db.site.create({
      data: {
        slug: `s-${randomUUID()}`,
        name: "Testhuis",
        street: "Markt 1",
        postcode: "8750",
        city: "Wingene",
        openingHours: {
          create: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opensAt: 540, closesAt: 720 })),
        },
        desks: {
          create: {
            slug: "balie",
            name: "Testbalie",
            kind: "SPECIALIST",
            appointmentServices: { create: { serviceId: service.id } },
          },
        },
      },
    });
    const weekdays = async () => {
      const input = await loadSlotInput({ serviceId: service.id, siteId: site.id, now: new Date() });
      return generateSlots(input!).map((s) => brusselsParts(s.startsAt));
    };
    const before = await weekdays();
    expect(before.some((p) => p.weekday === 3)).toBe(true);
    expect(before.some((p) => p.minutes >= 17 * 60)).toBe(false);

    // Wednesday closed, Thursday evening opening by appointment.
    await replaceWeeklyHours(
      staff.id,
      weeklyHoursSchema.parse({
        siteId: site.id,
        days: {
          monday: { windows: [{ opensAt: "09:00", closesAt: "12:00" }] },
          tuesday: { windows: [{ opensAt: "09:00", closesAt: "12:00" }] },
          thursday: {
            windows: [
              { opensAt: "09:00", closesAt: "12:00" },
              { opensAt: "17:00", closesAt: "19:00", byAppointmentOnly: "on" },
            ],
          },
          friday: { windows: [{ opensAt: "09:00", closesAt: "12:00" }] },
        },
      }),
    );
    const after = await weekdays();
    expect(after.some((p) => p.weekday === 3)).toBe(false);
    expect(after.some((p) => p.weekday === 4 && p.minutes >= 17 * 60 && p.minutes < 19 * 60)).toBe(true);
  });
});
