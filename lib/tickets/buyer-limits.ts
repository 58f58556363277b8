// Against hoarding: how many tickets one buyer may hold for a performance (data on the
// performance), and how often one address or e-mail address may ask for a hold. Staff selling at
// the desk are bound by neither: they sell to groups, and their sales are audited.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Guard } from "@/lib/capacity";
import { db } from "@/lib/db";
import { TX_DEFAULTS } from "@/lib/db/tx";
import { AppError, FieldError } from "@/lib/errors";
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

/** The hold-rate keys of a buyer: the address and the e-mail address, each with its limit. */
export function holdRateKeys(buyer: OnlineBuyer): { key: string; limit: Limit }[] {
  return [
    { key: `tickets:hold:ip:${buyer.address}`, limit: HOLD_LIMITS.perAddress },
    { key: `tickets:hold:email:${buyer.email.toLowerCase()}`, limit: HOLD_LIMITS.perEmail },
  ];
}

/** Whether the hits counted for `keys` (in the same order) are all within their limits. */
export function withinHoldRate(keys: { limit: Limit }[], hits: number[]): boolean {
  return keys.every((k, n) => hits[n]! <= k.limit.max);
}

/** Counts one hold request for the buyer's address and e-mail; refuses past either limit. */
export async function checkHoldRate(buyer: OnlineBuyer): Promise<void> {
  if (!(await hitAll(db, holdRateKeys(buyer))))
    throw new AppError("RATE_LIMITED", ticketMessages.tooManyHolds);
}

/**
 * The per-buyer limit as a guard of the take (lib/capacity/take.ts). `before` serialises the
 * reservations of one buyer for one performance until the transaction ends, so two tabs (or a
 * script) cannot both pass the check; other buyers do not wait. The check itself counts the
 * tickets the buyer (by account or by e-mail address, stored lowercase) holds for the performance,
 * paid or open and not lapsed, in the take's own statement: that statement starts after the lock
 * is had, so it sees every order of the same buyer that went before.
 */
export function buyerLimitGuard(
  performance: { id: string; maxTicketsPerBuyer: number },
  buyer: OnlineBuyer,
  seats: number,
  now: Date,
): Guard {
  const who = buyer.userId ?? buyer.email.toLowerCase();
  const max = performance.maxTicketsPerBuyer;
  return {
    before: [
      Prisma.sql`SELECT set_config('lock_timeout', ${`${TX_DEFAULTS.lockTimeoutMs}ms`}, true),
        set_config('statement_timeout', ${`${TX_DEFAULTS.statementTimeoutMs}ms`}, true)`,
      Prisma.sql`SELECT pg_advisory_xact_lock(hashtextextended(${`tickets:${performance.id}:${who}`}, 0))::text AS locked`,
    ],
    ctes: Prisma.sql`buyer_held AS (
      SELECT COALESCE(SUM(l.quantity), 0)::int AS n
        FROM "Order" o
        JOIN "OrderLine" l ON l."orderId" = o.id AND l."itemType" = ${TICKET_ITEM}
        JOIN "TicketType" t ON t.id = l."itemId" AND t."performanceId" = ${performance.id}
       WHERE (o."buyerEmail" = ${buyer.email.toLowerCase()} OR o."buyerUserId" = ${buyer.userId})
         AND (o.status = 'PAID' OR (o.status = 'PENDING' AND o."expiresAt" > ${now})))`,
    ok: Prisma.sql`(SELECT n FROM buyer_held) + ${seats}::int <= ${max}::int`,
    result: Prisma.sql`(SELECT n FROM buyer_held) AS "buyerHeld"`,
    refuse: (row) => new FieldError("quantities", ticketMessages.buyerLimit(max, Number(row.buyerHeld))),
  };
}
