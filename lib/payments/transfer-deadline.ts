// How long an order may wait for a bank transfer depends on what it bought: tickets follow their
// performance (its transfer days, and never later than a day before it starts), a hall booking
// must be paid before it is used. An order that cannot wait long enough gets the reason in Dutch.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hallMessages } from "@/lib/halls/messages";
import { lendingMessages } from "@/lib/lending/messages";
import { hallTransferDeadline } from "@/lib/halls/transfer-deadline";
import { ticketMessages } from "@/lib/tickets/messages";

const DAY_MS = 86_400_000;
/** For an order whose items set no term of their own. */
const DEFAULT_DAYS = 5;

export async function transferDeadline(orderId: string, now = new Date()): Promise<Date> {
  const lines = await db.orderLine.findMany({ where: { orderId }, select: { itemId: true } });
  const performance = await db.performance.findFirst({
    where: { ticketTypes: { some: { id: { in: lines.map((l) => l.itemId) } } } },
    select: { transferDays: true, startsAt: true },
  });
  const deadline = new Date(now.getTime() + (performance?.transferDays ?? DEFAULT_DAYS) * DAY_MS);
  if (performance && deadline.getTime() > performance.startsAt.getTime() - DAY_MS)
    throw new AppError("CONFLICT", ticketMessages.tooCloseForTransfer);
  // A loan must be paid before its pick-up day (stock is held until then).
  const loan = await db.loan.findUnique({ where: { orderId }, select: { pickupDate: true } });
  if (loan) {
    const capped = hallTransferDeadline(now, DEFAULT_DAYS, loan.pickupDate);
    if (!capped) throw new AppError("CONFLICT", lendingMessages.transferTooLate);
    return capped;
  }
  const hallBooking = await db.hallBooking.findUnique({ where: { orderId }, select: { startsAt: true } });
  if (!hallBooking) return deadline;
  const capped = hallTransferDeadline(now, DEFAULT_DAYS, hallBooking.startsAt);
  if (!capped) throw new AppError("CONFLICT", hallMessages.transferTooLate);
  return capped;
}
