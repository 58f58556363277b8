// Reads for the staff pages of hall rental (permission leisure:manage, checked by the pages).
import "server-only";
import { addBrusselsDays, brusselsInstant, brusselsParts } from "@/lib/be/time";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { pageFromSearch } from "@/lib/paging";
import { paged } from "@/lib/paging";
import { getMemberships, getResidentForStaff, findResidents } from "@/lib/residents/queries";
import { feeFor } from "../commands/cancel";
import { getHall } from "./catalogue";

const who = {
  user: { select: { name: true, email: true, phone: true } },
  association: { select: { name: true } },
} as const;

/** The board's week: every active hall and what is booked, requested or closed, per day. */
export async function planningWeek(monday: string) {
  const from = brusselsInstant(monday, 0);
  const until = brusselsInstant(addBrusselsDays(monday, 7), 0);
  const [halls, bookings] = await Promise.all([
    db.hall.findMany({
      where: { active: true },
      orderBy: { sortOrder: "asc" },
      select: { id: true, name: true, slug: true },
    }),
    db.hallBooking.findMany({
      where: { status: { in: ["REQUESTED", "APPROVED"] }, startsAt: { lt: until }, endsAt: { gt: from } },
      orderBy: { startsAt: "asc" },
      include: who,
    }),
  ]);
  const days = Array.from({ length: 7 }, (_, i) => addBrusselsDays(monday, i));
  const onDay = (hallId: string, day: string) => {
    const dayStart = brusselsInstant(day, 0);
    const dayEnd = brusselsInstant(addBrusselsDays(day, 1), 0);
    // A closure can span days: it shows on every day it touches; a booking on the day it starts.
    return bookings.filter(
      (b) =>
        b.hallId === hallId &&
        (b.closureId
          ? b.startsAt < dayEnd && b.endsAt > dayStart
          : brusselsParts(b.startsAt).dateKey === day),
    );
  };
  return {
    halls,
    days: days.map((date) => ({ date, halls: halls.map((h) => ({ hall: h, bookings: onDay(h.id, date) })) })),
  };
}

export type PlanningDay = Awaited<ReturnType<typeof planningWeek>>["days"][number];

const pendingWhere = { status: "REQUESTED", closureId: null } satisfies Prisma.HallBookingWhereInput;

/** Requests waiting for a decision, soonest first, a page at a time, with how many of their weekly series wait too. */
export async function pendingRequests(page = 1) {
  const pending = await paged(
    page,
    () => db.hallBooking.count({ where: pendingWhere }),
    (window) =>
      db.hallBooking.findMany({
        where: pendingWhere,
        orderBy: [{ startsAt: "asc" }, { id: "asc" }],
        ...window,
        include: { ...who, hall: { select: { name: true } } },
      }),
  );
  // Counted over every page: a series may run past the page.
  const seriesIds = [...new Set(pending.rows.flatMap((b) => (b.seriesId ? [b.seriesId] : [])))];
  const perSeries = seriesIds.length
    ? await db.hallBooking.groupBy({
        by: ["seriesId"],
        where: { ...pendingWhere, seriesId: { in: seriesIds } },
        _count: { _all: true },
      })
    : [];
  const waiting = (seriesId: string | null) =>
    perSeries.find((g) => g.seriesId === seriesId)?._count._all ?? 0;
  return { ...pending, rows: pending.rows.map((b) => ({ ...b, seriesPending: waiting(b.seriesId) })) };
}

export type PendingRequest = Awaited<ReturnType<typeof pendingRequests>>["rows"][number];

/** Approved bookings that ended with a deposit not yet returned or kept, the oldest first, paged. */
export async function depositsToSettle(now = new Date(), page = 1) {
  const where = {
    status: "APPROVED",
    closureId: null,
    endsAt: { lte: now },
    depositOutcome: null,
    depositCents: { gt: 0 },
  } satisfies Prisma.HallBookingWhereInput;
  return paged(
    page,
    () => db.hallBooking.count({ where }),
    (window) =>
      db.hallBooking.findMany({
        where,
        orderBy: [{ endsAt: "asc" }, { id: "asc" }],
        ...window,
        include: { ...who, hall: { select: { name: true } } },
      }),
  );
}

/** One booking for staff, with what cancelling it would cost now (the same rule that charges it). */
export async function staffBooking(id: string, now = new Date()) {
  const booking = await db.hallBooking.findFirst({
    where: { id, closureId: null },
    include: {
      ...who,
      hall: {
        select: { name: true, slug: true, street: true, postcode: true, city: true, cancellationRules: true },
      },
      series: true,
    },
  });
  if (!booking) return null;
  const order = booking.orderId
    ? await db.order.findUnique({
        where: { id: booking.orderId },
        select: {
          number: true,
          accessToken: true,
          status: true,
          ogm: true,
          totalCents: true,
          expiresAt: true,
          invoiceNumber: true,
          invoiceDueOn: true,
        },
      })
    : null;
  const active = booking.status === "REQUESTED" || booking.status === "APPROVED";
  return {
    booking,
    order,
    fee: feeFor(booking, now),
    cancellable: active && booking.startsAt > now,
    depositDue:
      booking.status === "APPROVED" &&
      booking.endsAt <= now &&
      !booking.depositOutcome &&
      booking.depositCents > 0,
  };
}

export type StaffBooking = NonNullable<Awaited<ReturnType<typeof staffBooking>>>;

/** A hall with its tariff per category and its coming closures, for its settings page. */
export async function hallSettings(slug: string, now = new Date()) {
  const [hall, categories] = await Promise.all([
    db.hall.findUnique({ where: { slug }, include: { tariffs: true } }),
    db.hallCategory.findMany({ orderBy: { sortOrder: "asc" } }),
  ]);
  if (!hall) return null;
  const closures = await db.hallClosure.findMany({
    where: { hallId: hall.id, endsAt: { gt: now } },
    orderBy: { startsAt: "asc" },
  });
  const rows = categories.map((c) => ({
    category: c,
    tariff: hall.tariffs.find((t) => t.category === c.code) ?? null,
  }));
  return { hall, rows, closures };
}

export function hallFacts(slug: string) {
  return db.hall.findUnique({
    where: { slug },
    include: { photo: { select: { id: true, width: true, height: true } } },
  });
}

export function dayParts() {
  return db.hallDayPart.findMany({ orderBy: { sortOrder: "asc" } });
}

/**
 * The desk: which halls there are, the hall chosen, and the resident served (found through the
 * search or registered at the desk, with or without e-mail) with the associations they belong to.
 */
export async function deskContext(query: { zaal?: string; inwoner?: string; q?: string; pagina?: string }) {
  const [halls, hall, resident, found] = await Promise.all([
    db.hall.findMany({
      where: { active: true },
      orderBy: { sortOrder: "asc" },
      select: { slug: true, name: true },
    }),
    query.zaal ? getHall(query.zaal) : null,
    query.inwoner ? getResidentForStaff(query.inwoner) : null,
    !query.inwoner && query.q ? findResidents(query.q.slice(0, 100), pageFromSearch(query.pagina)) : null,
  ]);
  const parties = resident
    ? (await getMemberships(resident.id)).map((m) => ({
        id: m.association.id,
        name: m.association.name,
        recognised: m.association.recognised,
      }))
    : [];
  return { halls, hall, resident, found, parties };
}
