// What is coming up for a resident: booked appointments, hall bookings, loans to fetch or bring back
// and the sessions their children are registered for, soonest first.
import "server-only";
import { brusselsParts, formatDate, formatDateTime } from "@/lib/be/time";
import { db } from "@/lib/db";
import type { OverviewEntry } from "./types";

/** Today in Brussels as the UTC midnight PostgreSQL date columns are read back as. */
function todayAsDateColumn(now: Date): Date {
  return new Date(`${brusselsParts(now).dateKey}T00:00:00Z`);
}

export async function upcomingFor(userId: string, now: Date, limit: number): Promise<OverviewEntry[]> {
  const today = todayAsDateColumn(now);
  const [appointments, bookings, loans, registrations] = await Promise.all([
    db.appointment.findMany({
      where: { userId, status: "BOOKED", startsAt: { gte: now } },
      orderBy: { startsAt: "asc" },
      take: limit,
      select: {
        id: true,
        startsAt: true,
        service: { select: { name: true } },
        site: { select: { name: true } },
      },
    }),
    db.hallBooking.findMany({
      where: { userId, closureId: null, status: { in: ["REQUESTED", "APPROVED"] }, endsAt: { gte: now } },
      orderBy: { startsAt: "asc" },
      take: limit,
      select: { id: true, startsAt: true, status: true, slotLabel: true, hall: { select: { name: true } } },
    }),
    db.loan.findMany({
      where: {
        userId,
        OR: [
          { status: { in: ["RESERVED", "CONFIRMED"] }, pickupDate: { gte: today } },
          { status: "HANDED_OUT" },
        ],
      },
      orderBy: { pickupDate: "asc" },
      take: limit,
      select: {
        id: true,
        status: true,
        pickupDate: true,
        returnDate: true,
        lines: { select: { quantity: true, item: { select: { name: true } } } },
      },
    }),
    db.activityRegistration.findMany({
      where: { userId, status: "CONFIRMED", endDate: { gte: today } },
      orderBy: { startDate: "asc" },
      take: limit,
      select: {
        id: true,
        startDate: true,
        childName: true,
        session: { select: { activity: { select: { title: true } } } },
      },
    }),
  ]);
  const entries: OverviewEntry[] = [
    ...appointments.map((a) => ({
      id: `appointment-${a.id}`,
      at: a.startsAt,
      title: `Afspraak ${a.service.name}`,
      detail: `${formatDateTime(a.startsAt)} · ${a.site.name}`,
      href: `/mijn/afspraken/${a.id}`,
    })),
    ...bookings.map((b) => ({
      id: `hall-${b.id}`,
      at: b.startsAt,
      title: `${b.hall.name}${b.status === "REQUESTED" ? " (aangevraagd)" : ""}`,
      detail: `${formatDate(b.startsAt)} · ${b.slotLabel}`,
      href: `/mijn/zalen/${b.id}`,
    })),
    ...loans.map((l) => {
      const bringBack = l.status === "HANDED_OUT";
      const day = bringBack ? l.returnDate : l.pickupDate;
      return {
        id: `loan-${l.id}`,
        at: day,
        title: bringBack ? "Materiaal terugbrengen" : "Materiaal ophalen",
        detail: `${formatDate(day)} · ${l.lines.map((x) => `${x.quantity} × ${x.item.name.toLowerCase()}`).join(", ")}`,
        href: `/mijn/uitleningen/${l.id}`,
      };
    }),
    ...registrations.map((r) => ({
      id: `registration-${r.id}`,
      at: r.startDate,
      title: `${r.childName.split(" ")[0]}: ${r.session.activity.title}`,
      detail: `vanaf ${formatDate(r.startDate)}`,
      href: "/mijn/activiteiten",
    })),
  ];
  return entries.sort((a, b) => a.at.getTime() - b.at.getTime()).slice(0, limit);
}
