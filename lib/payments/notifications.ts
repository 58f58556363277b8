// How the payment core mails about an order: queued inside the transaction that changed it, and
// delivered by the caller with deliverQueued after commit. The templates are in mails.tsx.
import { appUrl } from "@/lib/app-url";
import type { Tx } from "@/lib/db/client";
import type { TemplateMail } from "@/lib/mail/compose";
import { queueMail } from "@/lib/mail/outbox";
import type { OrderView } from "./mails";

/** The order page: reached by its unguessable token, no account needed. Every order mail links here. */
export function orderPageUrl(accessToken: string): string {
  return appUrl(`/bestelling/${accessToken}`);
}

/**
 * Queues a mail about an order in the caller's transaction; null when the buyer gave no e-mail
 * address (a walk-in buyer at the desk who took printed tickets).
 */
export async function queueOrderMail(
  tx: Tx,
  orderId: string,
  template: (order: OrderView) => TemplateMail,
): Promise<string | null> {
  const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, include: { lines: true } });
  if (!order.buyerEmail) return null;
  return queueMail(tx, template({ ...order, buyerEmail: order.buyerEmail }));
}
