// What reserving tickets needs to know about a performance. This sits on the busiest path of the
// portal (a sale opening), so it is one hand-written query rather than a findFirst with an
// include, which costs a second query and more Node work per buyer.
// An online hold does not even wait for that query: it prices the order with the terms this
// process read last (at most TERMS_REUSE_MS ago) and the statement that takes the seats and
// writes the order checks, in the same statement, that every term it was priced with is still
// the performance's (`termsStillCurrent`). When one changed, nothing is written and the hold is
// priced again with terms read fresh; a refusal is only ever given on fresh terms.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";

export type SaleTerms = {
  id: string;
  title: string;
  poolId: string;
  holdMinutes: number;
  maxTicketsPerOrder: number;
  maxTicketsPerBuyer: number;
  salesStartAt: Date;
  salesEndAt: Date;
  cancelledAt: Date | null;
  ticketTypes: { id: string; code: string; label: string; priceCents: number; quotaPoolId: string | null }[];
};

/** How long one process prices holds with terms it read before (each hold still checks them). */
export const TERMS_REUSE_MS = 5_000;
const MAX_REMEMBERED = 500;
const remembered = new Map<string, { terms: SaleTerms; readAt: number }>();

/** The published performance and its active tariffs, read now, or null. */
export async function saleTerms(performanceId: string): Promise<SaleTerms | null> {
  const rows = await db.$queryRaw<SaleTerms[]>`
    SELECT p.id, p.title, p."poolId", p."holdMinutes", p."maxTicketsPerOrder", p."maxTicketsPerBuyer", p."salesStartAt", p."salesEndAt", p."cancelledAt",
           COALESCE(
             (SELECT json_agg(json_build_object('id', t.id, 'code', t.code, 'label', t.label,
                       'priceCents', t."priceCents", 'quotaPoolId', t."quotaPoolId"))
                FROM "TicketType" t WHERE t."performanceId" = p.id AND t.active),
             '[]'::json) AS "ticketTypes"
      FROM "Performance" p
     WHERE p.id = ${performanceId} AND p.published`;
  const terms = rows[0] ?? null;
  if (terms) {
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    remembered.set(performanceId, { terms, readAt: Date.now() });
  } else remembered.delete(performanceId);
  return terms;
}

/** The terms this process read within TERMS_REUSE_MS, or undefined. */
export function rememberedSaleTerms(performanceId: string): SaleTerms | undefined {
  const entry = remembered.get(performanceId);
  return entry && Date.now() - entry.readAt <= TERMS_REUSE_MS ? entry.terms : undefined;
}

/**
 * True in a statement when the performance is still published with exactly these terms, on sale
 * at `now`, and every tariff in `typeIds` is still active with the price, code, label and quota
 * the order was priced with.
 */
export function termsStillCurrent(terms: SaleTerms, typeIds: string[], now: Date): Prisma.Sql {
  const used = terms.ticketTypes.filter((t) => typeIds.includes(t.id));
  return Prisma.sql`(EXISTS (
      SELECT 1 FROM "Performance" p
       WHERE p.id = ${terms.id} AND p.published AND p.title = ${terms.title} AND p."poolId" = ${terms.poolId}
         AND p."holdMinutes" = ${terms.holdMinutes}::int AND p."maxTicketsPerOrder" = ${terms.maxTicketsPerOrder}::int
         AND p."maxTicketsPerBuyer" = ${terms.maxTicketsPerBuyer}::int
         AND p."salesStartAt" = ${terms.salesStartAt}::timestamptz AND p."salesEndAt" = ${terms.salesEndAt}::timestamptz
         AND p."cancelledAt" IS NULL AND p."salesStartAt" <= ${now}::timestamptz AND p."salesEndAt" > ${now}::timestamptz)
    AND (SELECT count(*) FROM "TicketType" t
           JOIN jsonb_to_recordset(${JSON.stringify(used)}::jsonb)
             AS u(id text, code text, label text, "priceCents" int, "quotaPoolId" text)
             ON u.id = t.id AND u.code = t.code AND u.label = t.label AND u."priceCents" = t."priceCents"
            AND u."quotaPoolId" IS NOT DISTINCT FROM t."quotaPoolId"
          WHERE t."performanceId" = ${terms.id} AND t.active) = ${used.length}::int)`;
}
