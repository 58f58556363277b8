// Staff decide on requested bookings. Approval locks the row, re-checks it and moves it with a
// conditional update; the exclusion constraint is evaluated again on that update, so an approval
// can never produce an overlap. The requester gets a mail with a pay link (or the invoice note).
import "server-only";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import { orderPageUrl } from "@/lib/payments/notifications";
import { settle } from "@/lib/payments/settle";
import { BOOKING_TX, isOverlapViolation } from "./errors";
import { deliverAll, queueHallMail } from "./mails";
import { createBookingOrder } from "./order";
import { hallMessages } from "./messages";

async function lockedBooking(tx: Tx, bookingId: string) {
  await tx.$queryRaw`SELECT id FROM "HallBooking" WHERE id = ${bookingId} FOR UPDATE`;
  const booking = await tx.hallBooking.findUnique({
    where: { id: bookingId },
    include: {
      hall: { select: { name: true } },
      user: { select: { name: true, email: true } },
      association: true,
    },
  });
  // A closure's blocking row is not a request: it is lifted on the hall's closures page.
  if (!booking || booking.closureId) throw new AppError("NOT_FOUND", hallMessages.bookingNotFound);
  return booking;
}

const mailOf = (b: Awaited<ReturnType<typeof lockedBooking>>) => ({
  hallName: b.hall.name,
  startsAt: b.startsAt,
  slotLabel: b.slotLabel,
  priceCents: b.priceCents,
  depositCents: b.depositCents,
  to: b.user.email ?? "",
  name: b.user.name,
});

export async function approveBooking(bookingId: string, staffId: string, now = new Date()) {
  let result;
  try {
    result = await db.$transaction(async (tx) => {
      const booking = await lockedBooking(tx, bookingId);
      if (booking.status !== "REQUESTED")
        throw new AppError("CONFLICT", hallMessages.alreadyDecidedOrCancelled);
      if (booking.startsAt <= now) throw new AppError("CONFLICT", hallMessages.requestInPast);
      const moved = await tx.hallBooking.updateMany({
        where: { id: bookingId, status: "REQUESTED" },
        data: { status: "APPROVED", decidedById: staffId, decidedAt: now },
      });
      if (moved.count !== 1) throw new AppError("CONFLICT", hallMessages.alreadyDecided);
      const category = await tx.hallCategory.findUnique({ where: { code: booking.category } });
      const order = booking.invoiceLater
        ? null
        : await createBookingOrder(
            tx,
            {
              ...booking,
              hallName: booking.hall.name,
              categoryLabel: category?.label ?? booking.tariffLabel,
            },
            {
              userId: booking.userId,
              name: booking.association?.name ?? booking.user.name ?? booking.user.email ?? "Aanvrager",
              email: booking.user.email ?? "",
            },
            null,
            now,
          );
      await recordAudit(tx, {
        actorId: staffId,
        onBehalfOfId: booking.userId,
        associationId: booking.associationId,
        action: "hall.approved",
        subjectType: "HallBooking",
        subjectId: booking.id,
      });
      const mailId = await queueHallMail(tx, mailOf(booking), `Aanvraag goedgekeurd: ${booking.hall.name}`, [
        "Je aanvraag is goedgekeurd.",
        order && order.totalCents > 0
          ? `Betaal de huur en de waarborg hier (online of met overschrijving): ${orderPageUrl(order.accessToken)}`
          : booking.invoiceLater
            ? "Je vereniging krijgt achteraf een factuur."
            : "Er valt niets te betalen.",
      ]);
      return { order, mailId };
    }, BOOKING_TX);
  } catch (error) {
    if (isOverlapViolation(error)) throw new AppError("CONFLICT", hallMessages.overlap);
    throw error;
  }
  if (result.order && result.order.totalCents === 0)
    await settle(result.order.id, { method: "FREE", amountCents: 0 }, "Gratis zaalreservatie");
  await deliverAll(db, [result.mailId]);
  return result.order;
}

export async function refuseBooking(bookingId: string, reason: string, staffId: string, now = new Date()) {
  const mailId = await db.$transaction(async (tx) => {
    const booking = await lockedBooking(tx, bookingId);
    const moved = await tx.hallBooking.updateMany({
      where: { id: bookingId, status: "REQUESTED" },
      data: { status: "REFUSED", refusalReason: reason, decidedById: staffId, decidedAt: now },
    });
    if (moved.count !== 1) throw new AppError("CONFLICT", hallMessages.alreadyDecidedOrCancelled);
    await recordAudit(tx, {
      actorId: staffId,
      onBehalfOfId: booking.userId,
      associationId: booking.associationId,
      action: "hall.refused",
      subjectType: "HallBooking",
      subjectId: booking.id,
      details: { reason },
    });
    return queueHallMail(tx, mailOf(booking), `Aanvraag geweigerd: ${booking.hall.name}`, [
      "Je aanvraag is helaas geweigerd.",
      `Reden: ${reason}`,
    ]);
  });
  await deliverAll(db, [mailId]);
}
