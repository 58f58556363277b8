// The back office books the payment of an open invoice ("Betaling ontvangen", or a transfer that
// carries the invoice's structured communication): payInvoice in its own transaction, the buyer's
// mail delivered after commit.
import { db } from "@/lib/db";
import { transaction } from "@/lib/db/tx";
import { deliverQueued } from "@/lib/mail/outbox";
import { payInvoice } from "./invoice";
import type { PaidOutcome } from "./orders";

export async function recordInvoicePayment(orderId: string, staffId: string): Promise<PaidOutcome> {
  const { outcome, mailId } = await transaction(db, (tx) => payInvoice(tx, orderId, staffId));
  await deliverQueued(db, [mailId]);
  return outcome;
}
