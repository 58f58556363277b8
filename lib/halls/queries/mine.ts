// Reads for Mijn Wingene: the user's own bookings and those of associations they belong to, and the
// review of a request before it is sent.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { paged } from "@/lib/paging";
import { AppError } from "@/lib/errors";
import { type EventDossier, ownOpenDossier } from "@/lib/events/dossier";
import { eventMessages } from "@/lib/events/messages";
import { feeFor, findOwnBooking } from "../commands/cancel";
import { type PreparedBooking, prepareBooking } from "../commands/prepare";
import { hallMessages } from "../messages";
import { bookingSchema, bookingToSearch } from "../schema/booking";
import { activeBookings } from "./catalogue";

async function ordersOf(orderIds: (string | null)[]) {
  const ids = orderIds.filter((id): id is string => Boolean(id));
  const orders = await db.order.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      status: true,
      accessToken: true,
      number: true,
      totalCents: true,
      invoiceNumber: true,
      invoiceDueOn: true,
      ogm: true,
    },
  });
  return new Map(orders.map((o) => [o.id, o]));
}

/**
 * The user's bookings and their associations', latest first (the coming ones on top), one page
 * (lib/paging): indexes HallBooking(userId, startsAt) and HallBooking(associationId, startsAt).
 */
export async function myHallBookings(userId: string, page = 1) {
  // The scope of ownBookingWhere (commands/cancel.ts) with the memberships read first: "userId = $1 OR associationId IN (...)" lets
  // PostgreSQL combine the two indexes, where a subquery in the OR reads every booking.
  const memberships = await db.associationMember.findMany({
    where: { userId },
    select: { associationId: true },
  });
  const associationIds = memberships.map((m) => m.associationId);
  const where: Prisma.HallBookingWhereInput = {
    closureId: null,
    OR: [{ userId }, ...(associationIds.length ? [{ associationId: { in: associationIds } }] : [])],
  };
  const { rows, ...paging } = await paged(
    page,
    () => db.hallBooking.count({ where }),
    (window) =>
      db.hallBooking.findMany({
        where,
        orderBy: [{ startsAt: "desc" }, { id: "desc" }],
        include: { hall: { select: { name: true, slug: true } }, association: { select: { name: true } } },
        ...window,
      }),
  );
  const orders = await ordersOf(rows.map((b) => b.orderId));
  return {
    ...paging,
    rows: rows.map((b) => ({ ...b, order: b.orderId ? (orders.get(b.orderId) ?? null) : null })),
  };
}

/** One booking of the user with its order and what cancelling would cost now; null for outsiders. */
export async function myHallBooking(bookingId: string, userId: string, now = new Date()) {
  const booking = await findOwnBooking(db, bookingId, userId).catch((error) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  });
  if (!booking) return null;
  const order = booking.orderId ? ((await ordersOf([booking.orderId])).get(booking.orderId) ?? null) : null;
  const cancellable =
    (booking.status === "REQUESTED" || booking.status === "APPROVED") && booking.startsAt > now;
  return { booking, order, fee: feeFor(booking, now), cancellable };
}

export type Review =
  | { ok: false; problem: string }
  | {
      ok: true;
      prepared: PreparedBooking;
      /** The dates of the occurrences that are already taken (they will not be requested). */
      taken: string[];
      /** The request as hidden fields for the confirming post. */
      fields: [string, string][];
      instant: boolean;
      /** Booked for this event dossier of the requester's. */
      dossier: EventDossier | null;
    };

/** The review step between the booking form and the booking: the same checks, nothing stored. */
export async function reviewRequest(query: Record<string, unknown>, userId: string): Promise<Review> {
  const parsed = bookingSchema.safeParse(query);
  if (!parsed.success) return { ok: false, problem: hallMessages.incompleteRequest };
  const dossier = parsed.data.dossier ? await ownOpenDossier(parsed.data.dossier, userId) : null;
  if (parsed.data.dossier && !dossier) return { ok: false, problem: eventMessages.dossierNotFound };
  let prepared: PreparedBooking;
  try {
    prepared = await prepareBooking(db, parsed.data, userId);
  } catch (error) {
    if (error instanceof AppError) return { ok: false, problem: error.message };
    throw error;
  }
  const { occurrences } = prepared;
  const rows = await activeBookings(
    [prepared.hall.id],
    occurrences[0]!.slot.startsAt,
    occurrences[occurrences.length - 1]!.slot.endsAt,
  );
  const taken = occurrences
    .filter((o) => rows.some((b) => b.startsAt < o.slot.endsAt && b.endsAt > o.slot.startsAt))
    .map((o) => o.date);
  return {
    ok: true,
    prepared,
    taken,
    fields: [...new URLSearchParams(bookingToSearch(parsed.data)).entries()],
    instant: !prepared.hall.requiresApproval && occurrences.length === 1,
    dossier,
  };
}
