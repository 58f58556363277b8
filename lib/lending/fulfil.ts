// The payment core's hooks for loans (registered in lib/payments/fulfilment.ts): a paid order
// confirms its loan, also one the job "loan-lapse" cancelled when the order lapsed (a late payment
// only gets here once the core took the stock again); a refunded one cancels it (the order's holds
// are given back by the core).
import type { Tx } from "@/lib/db/client";

export const LOAN_ITEM = "loan";
export const LOAN_DEPOSIT_ITEM = "loan-deposit";
/** The technical service's delivery and collection: one line per delivered loan. */
export const LOAN_TRANSPORT_ITEM = "loan-transport";

export async function confirmLoanOfOrder(tx: Tx, orderId: string): Promise<number> {
  const { count } = await tx.loan.updateMany({
    where: { orderId, OR: [{ status: "RESERVED" }, { status: "CANCELLED", lapsedAt: { not: null } }] },
    data: { status: "CONFIRMED", cancelledAt: null, lapsedAt: null },
  });
  return count;
}

export async function cancelLoanOfOrder(tx: Tx, orderId: string): Promise<number> {
  const { count } = await tx.loan.updateMany({
    where: { orderId, status: { in: ["RESERVED", "CONFIRMED"] } },
    data: { status: "CANCELLED", cancelledAt: new Date() },
  });
  return count;
}
