// Against hoarding: how many tickets one buyer may hold for a performance (data on the
// performance), and how often one address or e-mail address may ask for a hold. Staff selling at
// the desk are bound by neither: they sell to groups, and their sales are audited.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Guard } from "@/lib/capacity";
import { TX_DEFAULTS } from "@/lib/db/tx";
import { AppError, FieldError } from "@/lib/errors";
import { hitSql, type Limit } from "@/lib/rate-limit";
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

/** Thrown by the hold's guard when a term the order was priced with changed meanwhile. */
export class TermsChanged extends Error {}

/**
 * Everything an online hold is checked against, as a guard of the take (lib/capacity/take.ts), so
 * it is one round trip with the seats and the order:
 * - the terms the order was priced with are still the performance's (`termsStillCurrent`);
 * - the hold rate: one hit per key counted (only when the terms are current), within its limit;
 * - the limit per buyer. `before` serialises the reservations of one buyer for one performance
 *   until the transaction ends, so two tabs (or a script) cannot both pass it; other buyers do not
 *   wait. The tickets the buyer (by account or by e-mail address, stored lowercase) holds for the
 *   performance, paid or open and not lapsed, are counted in the take's own statement, which
 *   starts after the lock is had, so it sees every order of the same buyer that went before.
 * Refusals in that order: changed terms (price again), the hold rate, the buyer limit.
 */
export function onlineHoldGuard(
  hold: { performanceId: string; maxTicketsPerBuyer: number; seats: number; termsCurrent: Prisma.Sql },
  buyer: OnlineBuyer,
  now: Date,
): Guard {
  const who = buyer.userId ?? buyer.email.toLowerCase();
  const max = hold.maxTicketsPerBuyer;
  const keys = holdRateKeys(buyer);
  const hits = keys.map(({ key, limit }, n) => ({
    name: Prisma.raw(`hit${n}`),
    cte: hitSql(key, limit, now, Prisma.sql`(SELECT ok FROM current_terms)`),
    max: limit.max,
  }));
  const within = hits.map((h) => Prisma.sql`(SELECT "count" FROM ${h.name}) <= ${h.max}::int`);
  return {
    before: [
      Prisma.sql`SELECT set_config('lock_timeout', ${`${TX_DEFAULTS.lockTimeoutMs}ms`}, true),
        set_config('statement_timeout', ${`${TX_DEFAULTS.statementTimeoutMs}ms`}, true)`,
      Prisma.sql`SELECT pg_advisory_xact_lock(hashtextextended(${`tickets:${hold.performanceId}:${who}`}, 0))::text AS locked`,
    ],
    ctes: Prisma.sql`current_terms AS (SELECT ${hold.termsCurrent} AS ok),
      ${Prisma.join(
        hits.map((h) => Prisma.sql`${h.name} AS (${h.cte})`),
        ", ",
      )},
      buyer_held AS (
      SELECT COALESCE(SUM(l.quantity), 0)::int AS n
        FROM "Order" o
        JOIN "OrderLine" l ON l."orderId" = o.id AND l."itemType" = ${TICKET_ITEM}
        JOIN "TicketType" t ON t.id = l."itemId" AND t."performanceId" = ${hold.performanceId}
       WHERE (o."buyerEmail" = ${buyer.email.toLowerCase()} OR o."buyerUserId" = ${buyer.userId})
         AND (o.status = 'PAID' OR (o.status = 'PENDING' AND o."expiresAt" > ${now})))`,
    ok: Prisma.sql`COALESCE((SELECT ok FROM current_terms) AND ${Prisma.join(within, " AND ")}
      AND (SELECT n FROM buyer_held) + ${hold.seats}::int <= ${max}::int, FALSE)`,
    result: Prisma.sql`(SELECT ok FROM current_terms) AS "termsCurrent",
      COALESCE(${Prisma.join(within, " AND ")}, FALSE) AS "withinRate", (SELECT n FROM buyer_held) AS "buyerHeld"`,
    refuse: (row) => {
      if (!row.termsCurrent) return new TermsChanged();
      if (!row.withinRate) return new AppError("RATE_LIMITED", ticketMessages.tooManyHolds);
      return new FieldError("quantities", ticketMessages.buyerLimit(max, Number(row.buyerHeld)));
    },
  };
}
