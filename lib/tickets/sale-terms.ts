// What reserving tickets needs to know about a performance, read in one round trip. This sits on the
// busiest path of the portal (a sale opening), so it is one hand-written query rather than a
// findFirst with an include, which costs a second query and more Node work per buyer.
import "server-only";
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

/** The published performance and its active tariffs, or null. */
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
  return rows[0] ?? null;
}
