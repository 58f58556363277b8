// Hall closures on PostgreSQL: a closure's blocking row takes part in the same exclusion
// constraint as bookings, so a closure and a booking racing for the same evening never both win.
import { beforeAll, describe, expect, it } from "vitest";
import { addBrusselsDays, brusselsInstant, brusselsParts } from "@/lib/be/time";
import { db } from "@/lib/db";
import { calendarDays } from "@/lib/halls/calendar";
import { cancelBooking } from "@/lib/halls/commands/cancel";
import { closureSchema } from "@/lib/halls/schema/closure";
import { closeHall, liftClosure } from "@/lib/halls/commands/closures";
import { approveBooking } from "@/lib/halls/commands/decisions";
import { myHallBookings } from "@/lib/halls/queries/mine";
import { activeBookings } from "@/lib/halls/queries/catalogue";
import { requestBooking } from "@/lib/halls/commands/request";
import { bookingSchema } from "@/lib/halls/schema/booking";
import { seed } from "@/prisma/seed";
import { hall, resident } from "./halls-fixtures";
import { hallMessages } from "@/lib/halls/messages";

beforeAll(async () => {
  await seed(db);
});

const today = () => brusselsParts(new Date()).dateKey;
const day = (n: number) => addBrusselsDays(today(), n);

const booking = (hallId: string, date: string, dayParts = ["AVOND"]) =>
  bookingSchema.parse({
    unit: "DAY_PART",
    bookFor: "self",
    purpose: "Verjaardagsfeest",
    hallId,
    date,
    dayParts,
  });

const closure = (hallId: string, fields: Record<string, string>) =>
  closureSchema.parse({ hallId, reason: "Onderhoud van de vloer", ...fields });

const closuresOf = (hallId: string) => db.hallClosure.count({ where: { hallId } });

describe("closing a hall", () => {
  it("blocks booking in the closed period, shows it as Gesloten, and frees it again when lifted", async () => {
    const h = await hall();
    const staff = await resident();
    const u = await resident();
    const c = await closeHall(closure(h.id, { fromDate: day(20), untilDate: day(21) }), staff.id);
    expect(c.startsAt).toEqual(brusselsInstant(day(20), 0));
    expect(c.endsAt).toEqual(brusselsInstant(day(22), 0));

    await expect(requestBooking(booking(h.id, day(21)), { userId: u.id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: hallMessages.overlap,
    });
    await requestBooking(booking(h.id, day(22)), { userId: u.id });

    const rows = await activeBookings([h.id], brusselsInstant(day(20), 0), brusselsInstant(day(23), 0));
    const windows = [{ key: "AVOND", label: "Avond", startMinutes: 18 * 60, endMinutes: 23 * 60 }];
    const states = calendarDays(day(20), 3, windows, rows, new Date()).map((d) => d.cells[0].state);
    expect(states).toEqual(["closed", "closed", "taken"]);

    // The closure is not the staff member's own booking, and cannot be approved or cancelled as one.
    expect((await myHallBookings(staff.id)).rows).toEqual([]);
    const blocking = await db.hallBooking.findFirstOrThrow({ where: { closureId: c.id } });
    await expect(approveBooking(blocking.id, staff.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(cancelBooking(blocking.id, { userId: staff.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    await liftClosure(c.id, staff.id);
    expect(await db.hallBooking.count({ where: { closureId: c.id } })).toBe(0);
    await requestBooking(booking(h.id, day(21)), { userId: u.id });
    const audit = await db.auditLog.findMany({ where: { subjectId: h.id }, orderBy: { at: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["hall.closed", "hall.reopened"]);
  });

  it("refuses a closure over active bookings and names them; nothing is stored", async () => {
    const h = await hall();
    const staff = await resident();
    const u = await resident();
    await requestBooking(booking(h.id, day(30), ["NAMIDDAG"]), { userId: u.id });
    await expect(
      closeHall(
        closure(h.id, { fromDate: day(30), fromTime: "12:00", untilDate: day(30), untilTime: "14:00" }),
        staff.id,
      ),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      field: "fromDate",
      message: expect.stringMatching(
        /niet gesloten worden.*Zaal Huurder \(aangevraagd\).*Annuleer of verplaats/,
      ),
    });
    expect(await closuresOf(h.id)).toBe(0);
    // Touching is not overlapping: the afternoon ends at 18:00.
    await closeHall(closure(h.id, { fromDate: day(30), fromTime: "18:00", untilDate: day(30) }), staff.id);
    await expect(
      closeHall(closure(h.id, { fromDate: day(30), fromTime: "20:00", untilDate: day(31) }), staff.id),
    ).rejects.toMatchObject({ message: expect.stringMatching(/een andere sluiting/) });
    expect(await closuresOf(h.id)).toBe(1);
  });

  it("refuses bad periods with a message next to the field", async () => {
    const h = await hall();
    const staff = await resident();
    await expect(
      closeHall(closure(h.id, { fromDate: day(5), untilDate: day(4) }), staff.id),
    ).rejects.toMatchObject({
      field: "untilDate",
      message: expect.stringMatching(/na het begin/),
    });
    await expect(
      closeHall(closure(h.id, { fromDate: day(-5), untilDate: day(-2) }), staff.id),
    ).rejects.toMatchObject({
      field: "untilDate",
      message: expect.stringMatching(/verleden/),
    });
    await expect(
      closeHall(closure("bestaat-niet", { fromDate: day(5), untilDate: day(5) }), staff.id),
    ).rejects.toMatchObject({ field: "hallId" });
    const bad = closureSchema.safeParse({
      hallId: h.id,
      fromDate: day(5),
      untilDate: day(5),
      untilTime: "25u",
      reason: "",
    });
    expect(bad.success).toBe(false);
    const paths = bad.error?.issues.map((i) => i.path[0]);
    expect(paths).toEqual(expect.arrayContaining(["untilTime", "reason"]));
    expect(await closuresOf(h.id)).toBe(0);
  });
});

describe("closure against booking, at once", () => {
  it("lets exactly one of a closure and an overlapping booking win, every round", async () => {
    const staff = await resident();
    for (let round = 0; round < 10; round++) {
      const h = await hall({ requiresApproval: false });
      const users = await Promise.all([resident(), resident()]);
      const date = day(40 + round);
      const results = await Promise.allSettled([
        closeHall(closure(h.id, { fromDate: date, untilDate: date }), staff.id),
        requestBooking(booking(h.id, date), { userId: users[0].id }),
        requestBooking(booking(h.id, date, ["VOORMIDDAG"]), { userId: users[1].id }),
      ]);
      const [closed, evening, morning] = results.map((r) => r.status === "fulfilled");
      // Either the closure won (no booking that day) or it lost to at least one booking.
      if (closed) expect([evening, morning]).toEqual([false, false]);
      else expect(evening || morning).toBe(true);
      const activeRows = await db.hallBooking.findMany({
        where: { hallId: h.id, status: { in: ["REQUESTED", "APPROVED"] } },
      });
      expect(activeRows.filter((b) => b.closureId).length).toBe(closed ? 1 : 0);
      expect(await closuresOf(h.id)).toBe(closed ? 1 : 0);
      // The loser of each pair is told why in the hall's own words, never a generic error.
      const [closing, ...bookings] = results;
      if (closing.status === "rejected")
        expect(closing.reason).toMatchObject({
          code: "CONFLICT",
          message: expect.stringMatching(/niet gesloten worden/),
        });
      for (const r of bookings)
        if (r.status === "rejected")
          expect(r.reason).toMatchObject({ code: "CONFLICT", message: hallMessages.overlap });
    }
  });
});
