// What reserving tickets needs to know about a performance, read in one round trip. This sits on the
// busiest path of the portal (a sale opening), so it is one hand-written query rather than a
// findFirst with an include, which costs a second query and more Node work per buyer.
// An online buyer's hold rate is counted in the same statement (`count`), but only for a request
// the terms allow (on sale, known tariffs, not over the limit per order): like before, a request
// that is refused for what it asks does not count against the buyer.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { hitSql, type Limit } from "@/lib/rate-limit";

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
  /** Per `count.keys`, the hits in its window including this one; null when nothing was counted. */
  hits: number[] | null;
};

/** The hold rate to count beside the terms, for a request of `seats` tickets of `typeIds`. */
export type CountHits = {
  keys: { key: string; limit: Limit }[];
  typeIds: string[];
  seats: number;
  now: Date;
};

/** Counts each key when the request fits the terms: every CTE `hit<n>` returns its count. */
function hitCtes(performanceId: string, count: CountHits): { ctes: Prisma.Sql; hits: Prisma.Sql } {
  const fits = Prisma.sql`EXISTS (
    SELECT 1 FROM terms t
     WHERE t."cancelledAt" IS NULL AND t."salesStartAt" <= ${count.now} AND t."salesEndAt" > ${count.now}
       AND ${count.seats}::int <= t."maxTicketsPerOrder"
       AND NOT EXISTS (
         SELECT 1 FROM unnest(${count.typeIds}::text[]) AS asked(id)
          WHERE asked.id NOT IN (SELECT tt.id FROM "TicketType" tt WHERE tt."performanceId" = ${performanceId} AND tt.active)))`;
  const ctes = count.keys.map(
    ({ key, limit }, n) => Prisma.sql`, ${Prisma.raw(`hit${n}`)} AS (${hitSql(key, limit, count.now, fits)})`,
  );
  const hits = count.keys.map((_, n) => Prisma.raw(`(SELECT "count" FROM hit${n})`));
  return {
    ctes: Prisma.join(ctes, ""),
    hits: hits.length ? Prisma.sql`ARRAY[${Prisma.join(hits)}]` : Prisma.sql`NULL::int[]`,
  };
}

/** The published performance and its active tariffs, or null; with `count`, the hold rate counted. */
export async function saleTerms(performanceId: string, count?: CountHits): Promise<SaleTerms | null> {
  const counted = count?.keys.length ? hitCtes(performanceId, count) : null;
  const rows = await db.$queryRaw<(Omit<SaleTerms, "hits"> & { hits: (number | null)[] | null })[]>`
    WITH terms AS (
      SELECT p.id, p.title, p."poolId", p."holdMinutes", p."maxTicketsPerOrder", p."maxTicketsPerBuyer", p."salesStartAt", p."salesEndAt", p."cancelledAt",
             COALESCE(
               (SELECT json_agg(json_build_object('id', t.id, 'code', t.code, 'label', t.label,
                         'priceCents', t."priceCents", 'quotaPoolId', t."quotaPoolId"))
                  FROM "TicketType" t WHERE t."performanceId" = p.id AND t.active),
               '[]'::json) AS "ticketTypes"
        FROM "Performance" p
       WHERE p.id = ${performanceId} AND p.published
    )${counted ? counted.ctes : Prisma.empty}
    SELECT terms.*, ${counted ? counted.hits : Prisma.sql`NULL::int[]`} AS hits FROM terms`;
  const row = rows[0];
  if (!row) return null;
  const hits = row.hits?.every((h) => h !== null) ? (row.hits as number[]) : null;
  return { ...row, hits };
}
