// Requesting a booking (online, or by staff at the desk for a resident: the same command with
// `staffId`). The database decides availability: an overlapping active booking violates the
// exclusion constraint and the request is refused with the hall's Dutch message. A weekly series
// inserts each occurrence on its own, so the free ones are created and the colliding ones reported.
// Booked for an event dossier, the booking is linked to it in its own transaction (the requester's
// own open dossier, else refused).
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { transaction } from "@/lib/db/tx";
import { FieldError } from "@/lib/errors";
import { auditLinkOnCreate, requireOwnOpenDossier } from "@/lib/events/dossier";
import { deliverQueued, queueMail } from "@/lib/mail/outbox";
import { settle } from "@/lib/payments/settle";
import { bookingConfirmedMail, requestReceivedMail } from "../mails";
import { hallMessages } from "../messages";
import type { BookingInput } from "../schema/booking";
import { HallTaken, hallWrite, lockHall } from "./hall-lock";
import { createBookingOrder, invoiceBookingOrder } from "./order";
import { type Occurrence, type PreparedBooking, prepareBooking } from "./prepare";

export type Requester = { userId: string; staffId?: string | null };

export type RequestOutcome = {
  bookingIds: string[];
  seriesId: string | null;
  /** Dates of series occurrences that were taken, in order. */
  collisions: string[];
  status: "REQUESTED" | "APPROVED";
  orderToken: string | null;
};

type Buyer = { name: string; email: string | null };

/** The series a weekly request makes: its id once the first week is booked. */
type SeriesSlot = {
  id: string | null;
  data: { hallId: string; userId: string; associationId: string | null; description: string };
};

function insertOne(
  prepared: PreparedBooking,
  occurrence: Occurrence,
  requester: Requester,
  buyer: Buyer,
  series: SeriesSlot | null,
  now: Date,
  dossier: string | null,
) {
  // A series always goes to staff: they approve its occurrences together with the association.
  const instant = !prepared.hall.requiresApproval && !series;
  const { quote: q } = prepared;
  return transaction(
    db,
    async (tx) => {
      await lockHall(tx, prepared.hall.id);
      // Booked for an event: the requester's own open dossier, or nothing is made.
      const forEvent = dossier ? await requireOwnOpenDossier(tx, dossier, requester.userId) : null;
      // The series row is written with its first booking, in the same transaction, so a series of
      // which no week could be booked (taken, busy, refused) leaves nothing behind.
      const seriesId = series
        ? (series.id ?? (await tx.hallBookingSeries.create({ data: series.data })).id)
        : null;
      const booking = await tx.hallBooking.create({
        data: {
          hallId: prepared.hall.id,
          userId: requester.userId,
          associationId: prepared.association?.id ?? null,
          category: prepared.category,
          startsAt: occurrence.slot.startsAt,
          endsAt: occurrence.slot.endsAt,
          status: instant ? "APPROVED" : "REQUESTED",
          slotLabel: occurrence.slot.label,
          units: q.units,
          unitCents: q.unitCents,
          priceCents: q.priceCents,
          depositCents: q.depositCents,
          tariffLabel: prepared.categoryLabel,
          purpose: prepared.purpose,
          invoiceLater: prepared.invoiceLater,
          seriesId,
          ...forEvent,
          createdById: requester.staffId ?? null,
          ...(instant ? { decidedAt: now } : {}),
        },
      });
      const order = instant
        ? await createBookingOrder(
            tx,
            { ...booking, hallName: prepared.hall.name, categoryLabel: prepared.categoryLabel },
            { userId: requester.userId, ...buyer },
            requester.staffId ?? null,
            now,
          )
        : null;
      const invoice = order ? await invoiceBookingOrder(tx, order, booking, now) : null;
      await recordAudit(tx, {
        actorId: requester.staffId ?? requester.userId,
        onBehalfOfId: requester.userId,
        associationId: prepared.association?.id ?? null,
        action: instant ? "hall.booked" : "hall.requested",
        subjectType: "HallBooking",
        subjectId: booking.id,
        details: { hall: prepared.hall.slug, slot: occurrence.slot.label, date: occurrence.date },
      });
      if (forEvent)
        await auditLinkOnCreate(tx, forEvent, { actorId: requester.userId, kind: "hall", id: booking.id });
      return { booking, order, invoice };
    },
    hallWrite,
  );
}

export async function requestBooking(
  input: BookingInput,
  requester: Requester,
  now = new Date(),
): Promise<RequestOutcome> {
  const prepared = await prepareBooking(db, input, requester.userId, now);
  const user = await db.user.findUniqueOrThrow({
    where: { id: requester.userId },
    select: { name: true, email: true },
  });
  const buyer = {
    name: prepared.association?.name ?? user.name ?? user.email ?? "Aanvrager",
    email: user.email,
  };
  const series: SeriesSlot | null =
    prepared.occurrences.length > 1
      ? {
          id: null,
          data: {
            hallId: prepared.hall.id,
            userId: requester.userId,
            associationId: prepared.association?.id ?? null,
            description: `Wekelijks, ${prepared.occurrences.length} keer: ${prepared.slotLabel}`,
          },
        }
      : null;

  const created: Awaited<ReturnType<typeof insertOne>>[] = [];
  const collisions: string[] = [];
  for (const occurrence of prepared.occurrences) {
    try {
      const one = await insertOne(prepared, occurrence, requester, buyer, series, now, input.dossier ?? null);
      if (series) series.id = one.booking.seriesId;
      created.push(one);
    } catch (error) {
      if (!(error instanceof HallTaken) || !series) throw error;
      collisions.push(occurrence.date);
    }
  }
  if (created.length === 0) throw new FieldError("date", hallMessages.seriesFull, "CONFLICT");
  const first = created[0]!;
  if (first.order && first.order.totalCents === 0)
    await settle(first.order.id, { method: "FREE", amountCents: 0 }, "Gratis zaalreservatie");

  const approved = first.booking.status === "APPROVED";
  const mailed = { ...first.booking, hall: { name: prepared.hall.name }, user };
  const mail = approved
    ? bookingConfirmedMail(mailed, first.order, first.invoice)
    : requestReceivedMail(mailed, created.length, collisions);
  await deliverQueued(db, [mail && (await queueMail(db, mail))]);
  return {
    bookingIds: created.map((c) => c.booking.id),
    seriesId: series?.id ?? null,
    collisions,
    status: approved ? "APPROVED" : "REQUESTED",
    orderToken: first.order?.accessToken ?? null,
  };
}
