// The payment core's hooks for e-loket fees (registered in lib/payments/fulfilment.ts): a paid order
// marks its case's fee paid; a refunded one marks it unpaid again (the case itself stays with staff).
import type { Tx } from "@/lib/db/client";

export const CASE_FEE_ITEM = "case-fee";

export async function markCaseFeePaid(tx: Tx, orderId: string): Promise<number> {
  const { count } = await tx.case.updateMany({
    where: { feeOrderId: orderId, feePaidAt: null },
    data: { feePaidAt: new Date() },
  });
  return count;
}

export async function unmarkCaseFeePaid(tx: Tx, orderId: string): Promise<number> {
  const { count } = await tx.case.updateMany({ where: { feeOrderId: orderId }, data: { feePaidAt: null } });
  return count;
}
