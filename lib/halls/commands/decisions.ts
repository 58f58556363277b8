// Staff decide on requested bookings. Approval locks the row, re-checks it and moves it with a
// conditional update; the exclusion constraint is evaluated again on that update, so an approval
// can never produce an overlap. The requester gets a mail with a pay link (or, for "factuur
// achteraf", the invoice: number, due date, communication and the PDF).
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db/client";
import { lockRows, transaction } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";
import { deliverQueued, queueMail } from "@/lib/mail/outbox";
import { settle } from "@/lib/payments/settle";
import { requestApprovedMail, requestRefusedMail } from "../mails";
import { hallMessages } from "../messages";
import { NO_OVERLAP } from "./hall-lock";
import { createBookingOrder, invoiceBookingOrder } from "./order";

async function lockedBooking(tx: Tx, bookingId: string) {
  await lockRows(tx, "HallBooking", [bookingId]);
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

export async function approveBooking(bookingId: string, staffId: string, now = new Date()) {
  const result = await transaction(
    db,
    async (tx) => {
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
      const order = await createBookingOrder(
        tx,
        {
          ...booking,
          hallName: booking.hall.name,
          categoryLabel: category?.label ?? booking.tariffLabel,
        },
        {
          userId: booking.userId,
          name: booking.association?.name ?? booking.user.name ?? booking.user.email ?? "Aanvrager",
          email: booking.user.email,
        },
        null,
        now,
      );
      const invoice = await invoiceBookingOrder(tx, order, booking, now);
      await recordAudit(tx, {
        actorId: staffId,
        onBehalfOfId: booking.userId,
        associationId: booking.associationId,
        action: "hall.approved",
        subjectType: "HallBooking",
        subjectId: booking.id,
      });
      const mail = requestApprovedMail(booking, order, invoice);
      return { order, mailId: mail && (await queueMail(tx, mail)) };
    },
    { refusals: { [NO_OVERLAP]: () => new AppError("CONFLICT", hallMessages.overlap) } },
  );
  if (result.order && result.order.totalCents === 0)
    await settle(result.order.id, { method: "FREE", amountCents: 0 }, "Gratis zaalreservatie");
  await deliverQueued(db, [result.mailId]);
  return result.order;
}

export async function refuseBooking(bookingId: string, reason: string, staffId: string, now = new Date()) {
  const mailId = await transaction(db, async (tx) => {
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
    const mail = requestRefusedMail(booking, reason);
    return mail && queueMail(tx, mail);
  });
  await deliverQueued(db, [mailId]);
}
