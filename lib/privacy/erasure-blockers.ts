// What still runs for a person and would lose its counterpart if they were erased now: an unpaid
// order, a hall booking or loan not over yet, an appointment ahead, an open case, a place at an
// activity still to come. Staff cancel or finish these first; each gives a Dutch reason.
import { brusselsParts, formatDate, formatDateTime } from "@/lib/be/time";
import type { Db, Tx } from "@/lib/db/client";
import { type ErasureScope, sameEmail } from "./erase-scope";
import { privacyMessages as m } from "./messages";

type Person = Pick<ErasureScope, "userId" | "email" | "now">;

export async function erasureBlockers(db: Db | Tx, p: Person): Promise<string[]> {
  const today = new Date(`${brusselsParts(p.now).dateKey}T00:00:00Z`);
  const [orders, bookings, loans, appointments, cases, registrations] = await Promise.all([
    db.order.findMany({
      where: { status: "PENDING", OR: [{ buyerUserId: p.userId }, ...sameEmail("buyerEmail", p.email)] },
      select: { number: true },
    }),
    db.hallBooking.findMany({
      where: {
        userId: p.userId,
        closureId: null,
        status: { in: ["REQUESTED", "APPROVED"] },
        endsAt: { gt: p.now },
      },
      select: { startsAt: true, hall: { select: { name: true } } },
    }),
    db.loan.findMany({
      where: {
        OR: [{ userId: p.userId }, ...sameEmail("borrowerEmail", p.email)],
        status: { in: ["RESERVED", "CONFIRMED", "HANDED_OUT", "RETURNED"] },
      },
      select: { pickupDate: true },
    }),
    db.appointment.findMany({
      where: {
        OR: [{ userId: p.userId }, ...sameEmail("email", p.email)],
        status: "BOOKED",
        startsAt: { gt: p.now },
      },
      select: { startsAt: true },
    }),
    db.case.findMany({ where: { applicantId: p.userId, closedAt: null }, select: { number: true } }),
    db.activityRegistration.findMany({
      where: {
        userId: p.userId,
        status: { in: ["HELD", "CONFIRMED", "WAITING", "OFFERED"] },
        endDate: { gte: today },
      },
      select: { childName: true, session: { select: { activity: { select: { title: true } } } } },
    }),
  ]);
  return [
    ...orders.map((o) => m.unpaidOrder(o.number)),
    ...bookings.map((b) => m.activeHallBooking(b.hall.name, formatDateTime(b.startsAt))),
    ...loans.map((l) => m.activeLoan(formatDate(l.pickupDate))),
    ...appointments.map((a) => m.futureAppointment(formatDateTime(a.startsAt))),
    ...cases.map((c) => m.openCase(c.number)),
    ...registrations.map((r) => m.activeRegistration(r.childName, r.session.activity.title)),
  ];
}
