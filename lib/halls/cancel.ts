// Cancelling a booking from Mijn Wingene (or by staff). The fee follows the hall's rule steps: a
// request that was never approved costs nothing. Who may cancel is in the query: the requester,
// or a member of the association the booking is for; anyone else gets "not found".
import "server-only";
import { db } from "@/lib/db";
import type { Db, Tx } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { formatEuro } from "@/lib/be/money";
import { AppError } from "@/lib/errors";
import { cancelOrder } from "@/lib/payments";
import { cancellationFee } from "./cancellation-fee";
import { deliverAll, queueHallMail } from "./mails";
import { paidTotal, refundHallMoney } from "./refunds";
import { hallMessages } from "./messages";

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

/** The fee cancelling would cost now; shown before the user confirms. */
export function feeFor(booking: Awaited<ReturnType<typeof findOwnBooking>>, now: Date) {
  if (booking.status === "REQUESTED") return { feeCents: 0, feePercent: 0, daysBefore: 0 };
  return cancellationFee(booking.hall.cancellationRules, booking.priceCents, booking.startsAt, now);
}

export type Canceller = { userId: string; staffId?: string | null };

export async function cancelBooking(bookingId: string, who: Canceller, now = new Date()) {
  const { mailId, feeCents, booking } = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "HallBooking" WHERE id = ${bookingId} FOR UPDATE`;
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
    const id = await queueHallMail(
      tx,
      {
        hallName: booking.hall.name,
        startsAt: booking.startsAt,
        slotLabel: booking.slotLabel,
        priceCents: booking.priceCents,
        depositCents: booking.depositCents,
        to: booking.user.email ?? "",
        name: booking.user.name,
      },
      `Reservatie geannuleerd: ${booking.hall.name}`,
      [
        "Je reservatie is geannuleerd.",
        fee.feeCents > 0
          ? `De annuleringskost bedraagt ${formatEuro(fee.feeCents)} (${fee.feePercent} % van de huurprijs). ${
              booking.paidAt
                ? "De rest van wat je betaalde, met de volledige waarborg, betalen we terug."
                : "Je krijgt hiervoor een factuur."
            }`
          : "Er is geen annuleringskost.",
      ],
    );
    return { mailId: id, feeCents: fee.feeCents, booking };
  });
  await deliverAll(db, [mailId]);
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
