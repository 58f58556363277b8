// Cancelling a booking from Mijn Wingene (or by staff). The fee follows the hall's rule steps: a
// request that was never approved costs nothing. Who may cancel is in the query: the requester,
// or a member of the association the booking is for; anyone else gets "not found".
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import type { Db, Tx } from "@/lib/db/client";
import { lockRows, transaction } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";
import { deliverQueued, queueMail } from "@/lib/mail/outbox";
import { cancelOrder } from "@/lib/payments";
import { cancellationFee } from "../cancellation-fee";
import { bookingCancelledMail } from "../mails";
import { hallMessages } from "../messages";
import { paidTotal, refundHallMoney } from "./refunds";

export function ownBookingWhere(userId: string) {
  return {
    closureId: null,
    OR: [{ userId }, { association: { members: { some: { userId } } } }],
  };
}

export async function findOwnBooking(client: Db | Tx, bookingId: string, userId: string) {
  const booking = await client.hallBooking.findFirst({
    where: { id: bookingId, ...ownBookingWhere(userId) },
    include: {
      hall: { include: { cancellationRules: true } },
      user: { select: { name: true, email: true } },
      association: { select: { name: true } },
    },
  });
  if (!booking) throw new AppError("NOT_FOUND", hallMessages.bookingNotFound);
  return booking;
}

type Feeable = {
  status: string;
  priceCents: number;
  startsAt: Date;
  hall: { cancellationRules: { minDaysBefore: number; feePercent: number; minimumCents: number }[] };
};

/** The fee cancelling would cost now; shown before the user confirms, charged when they do. */
export function feeFor(booking: Feeable, now: Date) {
  if (booking.status === "REQUESTED") return { feeCents: 0, feePercent: 0, daysBefore: 0 };
  return cancellationFee(booking.hall.cancellationRules, booking.priceCents, booking.startsAt, now);
}

export type Canceller = { userId: string; staffId?: string | null };

export async function cancelBooking(bookingId: string, who: Canceller, now = new Date()) {
  const { mailId, feeCents, booking } = await transaction(db, async (tx) => {
    await lockRows(tx, "HallBooking", [bookingId]);
    const booking = await findOwnBooking(tx, bookingId, who.userId);
    if (booking.status !== "REQUESTED" && booking.status !== "APPROVED")
      throw new AppError("CONFLICT", hallMessages.alreadyCancelledOrRefused);
    if (booking.startsAt <= now) throw new AppError("CONFLICT", hallMessages.alreadyStarted);
    const fee = feeFor(booking, now);
    await tx.hallBooking.update({
      where: { id: bookingId },
      data: { status: "CANCELLED", cancelledAt: now, cancellationFeeCents: fee.feeCents },
    });
    if (booking.orderId)
      await cancelOrder(tx, booking.orderId, "Zaalreservatie geannuleerd", who.staffId ?? who.userId);
    await recordAudit(tx, {
      actorId: who.staffId ?? who.userId,
      onBehalfOfId: booking.userId,
      associationId: booking.associationId,
      action: "hall.cancelled",
      subjectType: "HallBooking",
      subjectId: booking.id,
      details: { feeCents: fee.feeCents, paid: Boolean(booking.paidAt) },
    });
    const mail = bookingCancelledMail(booking, fee, Boolean(booking.paidAt));
    return { mailId: mail && (await queueMail(tx, mail)), feeCents: fee.feeCents, booking };
  });
  await deliverQueued(db, [mailId]);
  const back = (await paidTotal(booking.orderId)) - feeCents;
  const refund = await refundHallMoney(
    booking,
    "cancel",
    back,
    "Zaalreservatie geannuleerd",
    who.staffId ?? who.userId,
  );
  return { feeCents, refund };
}

/** Staff cancel for the requester: the same command, with the requester read from the booking. */
export async function cancelForRequester(bookingId: string, staffId: string, now = new Date()) {
  const booking = await db.hallBooking.findFirst({
    where: { id: bookingId, closureId: null },
    select: { userId: true },
  });
  if (!booking) throw new AppError("NOT_FOUND", hallMessages.bookingNotFound);
  return cancelBooking(bookingId, { userId: booking.userId, staffId }, now);
}
