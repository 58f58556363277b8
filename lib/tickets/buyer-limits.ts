// Against hoarding: how many tickets one buyer may hold for a performance (data on the
// performance), and how often one address or e-mail address may ask for a hold. Staff selling at
// the desk are bound by neither: they sell to groups, and their sales are audited.
import "server-only";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { hitAll, type Limit } from "@/lib/rate-limit";
import { TICKET_ITEM } from "./issue";
import { ticketMessages } from "./messages";

/**
 * Enough for a family who retries after a failed payment; too few for a script that holds and
 * lets lapse, again and again, to keep seats away from others. Typical values; change them here.
 */
export const HOLD_LIMITS = {
  perAddress: { max: 12, windowSeconds: 600 } satisfies Limit,
  perEmail: { max: 6, windowSeconds: 3600 } satisfies Limit,
};

export type OnlineBuyer = { userId: string | null; email: string; address: string };

/** Counts one hold request for the buyer's address and e-mail; refuses past either limit. */
export async function checkHoldRate(buyer: OnlineBuyer): Promise<void> {
  const allowed = await hitAll(db, [
    { key: `tickets:hold:ip:${buyer.address}`, limit: HOLD_LIMITS.perAddress },
    { key: `tickets:hold:email:${buyer.email.toLowerCase()}`, limit: HOLD_LIMITS.perEmail },
  ]);
  if (!allowed) throw new AppError("RATE_LIMITED", ticketMessages.tooManyHolds);
}

/**
 * Serialises the reservations of one buyer for one performance until the caller's transaction
 * ends, so two tabs (or a script) cannot both pass the check below. Other buyers do not wait.
 */
export async function lockBuyer(tx: Tx, performanceId: string, buyer: OnlineBuyer): Promise<void> {
  const who = buyer.userId ?? buyer.email.toLowerCase();
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`tickets:${performanceId}:${who}`}, 0))`;
}

/** Tickets the buyer (by account or by e-mail address, stored lowercase) holds for the performance: paid, or open and not lapsed. */
export async function ticketsHeldBy(
  tx: Tx,
  performanceId: string,
  buyer: OnlineBuyer,
  now: Date,
): Promise<number> {
  const [row] = await tx.$queryRaw<{ held: number }[]>`
    SELECT COALESCE(SUM(l.quantity), 0)::int AS held
      FROM "Order" o
      JOIN "OrderLine" l ON l."orderId" = o.id AND l."itemType" = ${TICKET_ITEM}
      JOIN "TicketType" t ON t.id = l."itemId" AND t."performanceId" = ${performanceId}
     WHERE (o."buyerEmail" = ${buyer.email.toLowerCase()} OR o."buyerUserId" = ${buyer.userId})
       AND (o.status = 'PAID' OR (o.status = 'PENDING' AND o."expiresAt" > ${now}))`;
  return row.held;
}
