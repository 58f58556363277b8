// A borrower cancels until the deadline (LoanSettings.cancelWorkingDays working days before the
// pick-up). An unpaid loan's order is cancelled (its holds go back); a paid one is refunded in full
// through the payment core, whose revoke step cancels the loan and mails the buyer.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { brusselsParts } from "@/lib/be/time";
import { db } from "@/lib/db";
import { transaction } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";
import { cancelOrder } from "@/lib/payments";
import { refundOrder } from "@/lib/payments/refund";
import { lendingMessages } from "../messages";
import { cancelDeadline } from "../rules";
import { dateKeyOf as key } from "@/lib/be/date-key";

export async function loanCancelDeadline(pickupDate: Date): Promise<string> {
  const settings = await db.loanSettings.findUnique({ where: { id: 1 } });
  return cancelDeadline(key(pickupDate), settings?.cancelWorkingDays ?? 3);
}

export async function cancelLoan(
  loanId: string,
  who: { userId: string; staffId?: string | null },
  now = new Date(),
) {
  const loan = await db.loan.findFirst({
    where: { id: loanId, ...(who.staffId ? {} : { userId: who.userId }) },
  });
  if (!loan) throw new AppError("NOT_FOUND", lendingMessages.loanNotFound);
  if (loan.status !== "RESERVED" && loan.status !== "CONFIRMED")
    throw new AppError("CONFLICT", lendingMessages.notCancellable);
  const deadline = await loanCancelDeadline(loan.pickupDate);
  if (!who.staffId && brusselsParts(now).dateKey > deadline)
    throw new AppError("CONFLICT", lendingMessages.cancelTooLate(deadline));
  const order = loan.orderId
    ? await db.order.findUnique({ where: { id: loan.orderId }, select: { id: true, status: true } })
    : null;
  const reason = "Uitlening geannuleerd";
  if (order?.status === "PAID") await refundOrder(order.id, who.staffId ?? who.userId, reason);
  await transaction(db, async (tx) => {
    if (order?.status === "PENDING") await cancelOrder(tx, order.id, reason, who.staffId ?? who.userId);
    await tx.loan.updateMany({
      where: { id: loanId, status: { in: ["RESERVED", "CONFIRMED"] } },
      data: { status: "CANCELLED", cancelledAt: now },
    });
    await recordAudit(tx, {
      actorId: who.staffId ?? who.userId,
      onBehalfOfId: loan.userId,
      associationId: loan.associationId,
      action: "loan.cancelled",
      subjectType: "Loan",
      subjectId: loanId,
    });
  });
}
