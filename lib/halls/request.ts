// Requesting a booking (online, or by staff at the desk for a resident: the same command with
// `staffId`). The database decides availability: an overlapping active booking violates the
// exclusion constraint and the request is refused with a Dutch message. A weekly series inserts
// each occurrence on its own, so the free ones are created and the colliding ones are reported.
import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import { orderPageUrl } from "@/lib/payments/notifications";
import { settle } from "@/lib/payments/settle";
import { FieldError } from "@/lib/errors";
import { BOOKING_TX, isOverlapViolation, retryOnDeadlock } from "./errors";
import { deliverAll, queueHallMail } from "./mails";
import { createBookingOrder } from "./order";
import { type Occurrence, type PreparedBooking, prepareBooking } from "./prepare";
import type { BookingInput } from "./schema";
import { hallMessages } from "./messages";

export type Requester = { userId: string; staffId?: string | null };

export type RequestOutcome = {
  bookingIds: string[];
  seriesId: string | null;
  /** Dates of series occurrences that were taken, in order. */
  collisions: string[];
  status: "REQUESTED" | "APPROVED";
  orderToken: string | null;
};

async function insertOne(
  prepared: PreparedBooking,
  occurrence: Occurrence,
  requester: Requester,
  buyer: { name: string; email: string },
  seriesId: string | null,
  now: Date,
) {
  // A series always goes to staff: they approve its occurrences together with the association.
  const instant = !prepared.hall.requiresApproval && !seriesId;
  const status = instant ? ("APPROVED" as const) : ("REQUESTED" as const);
  const { quote: q } = prepared;
  return retryOnDeadlock(() =>
    db.$transaction(async (tx) => {
      const booking = await tx.hallBooking.create({
        data: {
          hallId: prepared.hall.id,
          userId: requester.userId,
          associationId: prepared.association?.id ?? null,
          category: prepared.category,
          startsAt: occurrence.slot.startsAt,
          endsAt: occurrence.slot.endsAt,
          status,
          slotLabel: occurrence.slot.label,
          units: q.units,
          unitCents: q.unitCents,
          priceCents: q.priceCents,
          depositCents: q.depositCents,
          tariffLabel: prepared.categoryLabel,
          purpose: prepared.purpose,
          invoiceLater: prepared.invoiceLater,
          seriesId,
          createdById: requester.staffId ?? null,
          ...(instant ? { decidedAt: now } : {}),
        },
      });
      const order =
        instant && !prepared.invoiceLater
          ? await createBookingOrder(
              tx,
              { ...booking, hallName: prepared.hall.name, categoryLabel: prepared.categoryLabel },
              { userId: requester.userId, ...buyer },
              requester.staffId ?? null,
              now,
            )
          : null;
      await recordAudit(tx, {
        actorId: requester.staffId ?? requester.userId,
        onBehalfOfId: requester.userId,
        associationId: prepared.association?.id ?? null,
        action: instant ? "hall.booked" : "hall.requested",
        subjectType: "HallBooking",
        subjectId: booking.id,
        details: { hall: prepared.hall.slug, slot: occurrence.slot.label, date: occurrence.date },
      });
      return { booking, order };
    }, BOOKING_TX),
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
    email: user.email ?? "",
  };
  const series =
    prepared.occurrences.length > 1
      ? await db.hallBookingSeries.create({
          data: {
            hallId: prepared.hall.id,
            userId: requester.userId,
            associationId: prepared.association?.id ?? null,
            description: `Wekelijks, ${prepared.occurrences.length} keer: ${prepared.slotLabel}`,
          },
        })
      : null;

  const created: Awaited<ReturnType<typeof insertOne>>[] = [];
  const collisions: string[] = [];
  for (const occurrence of prepared.occurrences) {
    try {
      created.push(await insertOne(prepared, occurrence, requester, buyer, series?.id ?? null, now));
    } catch (error) {
      if (!isOverlapViolation(error)) throw error;
      collisions.push(occurrence.date);
    }
  }
  if (created.length === 0) {
    if (series) await db.hallBookingSeries.delete({ where: { id: series.id } });
    throw new FieldError("date", series ? hallMessages.seriesFull : hallMessages.overlap, "CONFLICT");
  }
  const first = created[0];
  if (first.order && first.order.totalCents === 0)
    await settle(first.order.id, { method: "FREE", amountCents: 0 }, "Gratis zaalreservatie");

  const mail = {
    hallName: prepared.hall.name,
    startsAt: first.booking.startsAt,
    slotLabel: first.booking.slotLabel,
    priceCents: first.booking.priceCents,
    depositCents: first.booking.depositCents,
    to: buyer.email,
    name: user.name,
  };
  const approved = first.booking.status === "APPROVED";
  const mailId = await queueHallMail(
    db,
    mail,
    approved ? `Zaal gereserveerd: ${prepared.hall.name}` : `Aanvraag ontvangen: ${prepared.hall.name}`,
    approved
      ? [
          "Je reservatie is bevestigd.",
          first.order
            ? `Betaal ze hier: ${orderPageUrl(first.order.accessToken)}`
            : "Je krijgt achteraf een factuur.",
        ]
      : [
          created.length > 1
            ? `We ontvingen je aanvraag voor ${created.length} weken.`
            : "We ontvingen je aanvraag.",
          ...(collisions.length
            ? [
                `Deze weken waren al bezet en zijn niet aangevraagd: ${collisions.map((d) => d.split("-").reverse().join("/")).join(", ")}.`,
              ]
            : []),
          "De dienst vrije tijd bekijkt ze en je krijgt een e-mail zodra ze beslist heeft.",
        ],
  );
  await deliverAll(db, [mailId]);
  return {
    bookingIds: created.map((c) => c.booking.id),
    seriesId: series?.id ?? null,
    collisions,
    status: approved ? "APPROVED" : "REQUESTED",
    orderToken: first.order?.accessToken ?? null,
  };
}
