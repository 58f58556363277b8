// After the event staff release the deposit or keep part of it with a reason (damage, cleaning).
// Settled once: a conditional update on "no outcome yet".
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { lockRows, transaction } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";
import { deliverQueued, queueMail } from "@/lib/mail/outbox";
import { depositSettledMail } from "../mails";
import { hallMessages } from "../messages";
import { refundHallMoney } from "./refunds";

export async function settleDeposit(
  bookingId: string,
  keptCents: number,
  reason: string,
  staffId: string,
  now = new Date(),
) {
  const { mailId, booking } = await transaction(db, async (tx) => {
    await lockRows(tx, "HallBooking", [bookingId]);
    const booking = await tx.hallBooking.findUnique({
      where: { id: bookingId },
      include: { hall: { select: { name: true } }, user: { select: { name: true, email: true } } },
    });
    if (!booking || booking.closureId) throw new AppError("NOT_FOUND", hallMessages.bookingNotFound);
    if (booking.status !== "APPROVED") throw new AppError("CONFLICT", hallMessages.depositOnlyWhenApproved);
    if (booking.endsAt > now) throw new AppError("CONFLICT", hallMessages.depositAfterUse);
    if (keptCents < 0 || keptCents > booking.depositCents)
      throw new AppError("INVALID_INPUT", hallMessages.depositTooHigh(booking.depositCents));
    if (keptCents > 0 && reason.trim().length < 5)
      throw new AppError("INVALID_INPUT", hallMessages.depositReasonMissing);
    const outcome =
      keptCents === 0 ? "RELEASED" : keptCents === booking.depositCents ? "KEPT" : "PARTLY_KEPT";
    const moved = await tx.hallBooking.updateMany({
      where: { id: bookingId, depositOutcome: null },
      data: {
        depositOutcome: outcome,
        depositKeptCents: keptCents,
        depositReason: keptCents > 0 ? reason.trim() : null,
        depositSettledAt: now,
        depositSettledById: staffId,
      },
    });
    if (moved.count !== 1) throw new AppError("CONFLICT", hallMessages.depositSettled);
    await recordAudit(tx, {
      actorId: staffId,
      onBehalfOfId: booking.userId,
      associationId: booking.associationId,
      action: "hall.deposit-settled",
      subjectType: "HallBooking",
      subjectId: booking.id,
      details: { keptCents, reason },
    });
    const mail = depositSettledMail(booking, keptCents, reason.trim());
    return { mailId: mail && (await queueMail(tx, mail)), booking };
  });
  await deliverQueued(db, [mailId]);
  const back = booking.depositCents - keptCents;
  return refundHallMoney(booking, "deposit", back, "Waarborg zaalreservatie", staffId);
}
