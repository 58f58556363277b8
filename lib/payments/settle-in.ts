// The part of settling a payment that runs in the caller's transaction: record it, fulfil the
// order and queue the buyer's mail (the caller delivers it after commit). settle.ts wraps it in its
// own transaction; the invoice's payment (invoice.ts) and the demo seed call it directly.
import type { Tx } from "@/lib/db/client";
import { fulfil } from "./fulfilment";
import { orderPaidMail } from "./mails";
import { queueOrderMail } from "./notifications";
import { markPaid, type PaidOutcome, type PaymentRecord } from "./orders";

export async function settleIn(
  tx: Tx,
  orderId: string,
  payment: PaymentRecord,
  reason: string,
  {
    alongside,
    mail = true,
  }: {
    /** Written with the payment when it lands (staff's audit entry). */
    alongside?: (tx: Tx) => Promise<unknown>;
    /** False for the demo seed, which mails nobody. */
    mail?: boolean;
  } = {},
): Promise<{ outcome: PaidOutcome; mailId: string | null }> {
  const outcome = await markPaid(tx, orderId, payment, reason);
  if (outcome !== "paid") return { outcome, mailId: null };
  await fulfil(tx, orderId);
  await alongside?.(tx);
  return { outcome, mailId: mail ? await queueOrderMail(tx, orderId, orderPaidMail) : null };
}
