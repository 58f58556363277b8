// The reminder job: tomorrow's booked appointments get one reminder each, also when several runs
// overlap on separate connections; cancelled ones and other days get none.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendAppointmentReminders } from "@/lib/appointments/reminders";
import { hashManageToken } from "@/lib/appointments/token";
import { brusselsInstant } from "@/lib/be/time";
import { db } from "@/lib/db";
import { createPrismaClient } from "@/lib/db/client";
import { scheduledJobs } from "@/lib/jobs/schedules";
import { seed } from "@/prisma/seed";

const runners = Array.from({ length: 4 }, () => createPrismaClient(process.env.DATABASE_URL!, 2));
afterAll(() => Promise.all(runners.map((r) => r.$disconnect())));

beforeAll(async () => {
  await seed(db);
});

async function appointment(day: string, minutes: number, status: "BOOKED" | "CANCELLED" = "BOOKED") {
  const service = await db.appointmentService.findUniqueOrThrow({ where: { slug: "vrije-tijd" } });
  const desk = await db.desk.findFirstOrThrow({
    where: { slug: "gespreksruimte-1", site: { slug: "gemeentehuis-wingene" } },
  });
  const startsAt = brusselsInstant(day, minutes);
  const endsAt = new Date(startsAt.getTime() + 20 * 60_000);
  return db.appointment.create({
    data: {
      serviceId: service.id,
      deskId: desk.id,
      siteId: desk.siteId,
      startsAt,
      endsAt,
      blockedUntil: endsAt,
      slotKey: randomUUID(),
      status,
      name: "Herinnering Test",
      email: `herinnering-${randomUUID()}@example.be`,
      manageTokenHash: randomUUID(),
    },
  });
}

describe("appointment reminders", () => {
  it("is a scheduled job", () => {
    expect(scheduledJobs.map((j) => j.name)).toContain("appointment-reminders");
  });

  it("sends each of tomorrow's reminders exactly once when four runs overlap, with a fresh link", async () => {
    // Monday 14 June 2027, 09:00 in Brussels; tomorrow is Tuesday, with its evening opening.
    const now = brusselsInstant("2027-06-14", 540);
    const due = [await appointment("2027-06-15", 510), await appointment("2027-06-15", 1110)];
    const cancelled = await appointment("2027-06-15", 600, "CANCELLED");
    const later = await appointment("2027-06-16", 600);
    const today = await appointment("2027-06-14", 900);

    const counts = await Promise.all(runners.map((r) => sendAppointmentReminders(r, now)));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(2);
    for (const a of due) {
      const mails = await db.mailMessage.findMany({ where: { to: a.email } });
      expect(mails).toHaveLength(1);
      expect(mails[0].subject).toMatch(/^Herinnering: morgen/);
      expect((await db.appointment.findUniqueOrThrow({ where: { id: a.id } })).reminderSentAt).toEqual(now);
    }
    await expect(mailsTo(due[1].email)).resolves.toEqual([expect.stringContaining("morgen 18:30")]);

    // The reminder links to the appointment with a fresh personal link; the old one is retired.
    const mail = await db.mailMessage.findFirstOrThrow({ where: { to: due[0].email } });
    const token = /\/afspraak\/([A-Za-z0-9_-]{32})/.exec(mail.text)?.[1];
    const row = await db.appointment.findUniqueOrThrow({ where: { id: due[0].id } });
    expect(token && hashManageToken(token)).toBe(row.manageTokenHash);
    expect(await db.appointmentRetiredLink.count({ where: { tokenHash: due[0].manageTokenHash } })).toBe(1);
    for (const a of [cancelled, later, today])
      expect(await db.mailMessage.count({ where: { to: a.email } })).toBe(0);
    expect(await sendAppointmentReminders(db, now)).toBe(0);
  });
});

const mailsTo = async (to: string) =>
  (await db.mailMessage.findMany({ where: { to } })).map((m) => m.subject);
