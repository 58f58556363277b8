// Who is in the way when the stock of a day drops below what is promised: the loans holding stock
// on those days (live holds of their order), with borrower, dates and quantity, so staff know whom
// to call. Read under the pools' locks by a change, so the list is what is really in the way.
import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { formatDateKey } from "@/lib/be/calendar-date";
import { dateKeyOf } from "../stock-rules";
import type { DayPool } from "./pools";

export type StockConflict = {
  loanId: string;
  borrowerName: string;
  borrowerEmail: string | null;
  phone: string | null;
  pickupDate: string;
  returnDate: string;
  quantity: number;
  /** The short days this loan holds stock on, and by how much each day is short. */
  shortDays: { day: string; short: number }[];
};

export async function loansOnShortDays(db: Db | Tx, pools: readonly DayPool[], now = new Date()) {
  const short = pools.filter((p) => p.taken > p.stock);
  if (short.length === 0) return [];
  const rows = await db.$queryRaw<
    {
      id: string;
      borrowerName: string;
      borrowerEmail: string | null;
      phone: string | null;
      pickupDate: Date;
      returnDate: Date;
      quantity: number;
      poolIds: string[];
    }[]
  >`
    SELECT l.id, l."borrowerName", l."borrowerEmail", u.phone, l."pickupDate", l."returnDate",
           MAX(h.quantity)::int AS quantity, array_agg(h."poolId") AS "poolIds"
    FROM "CapacityHold" h
    JOIN "Order" o ON o."holdReference" = h.reference
    JOIN "Loan" l ON l."orderId" = o.id
    LEFT JOIN "User" u ON u.id = l."userId"
    WHERE h."poolId" = ANY(${short.map((p) => p.id)}::text[])
      AND (h.status = 'CONFIRMED' OR (h.status = 'HELD' AND (h."expiresAt" IS NULL OR h."expiresAt" > ${now})))
    GROUP BY l.id, u.phone
    ORDER BY l."pickupDate", l."borrowerName"`;
  const byPool = new Map(short.map((p) => [p.id, p]));
  return rows.map((r): StockConflict => ({
    loanId: r.id,
    borrowerName: r.borrowerName,
    borrowerEmail: r.borrowerEmail,
    phone: r.phone,
    pickupDate: dateKeyOf(r.pickupDate),
    returnDate: dateKeyOf(r.returnDate),
    quantity: r.quantity,
    shortDays: r.poolIds
      .map((id) => byPool.get(id)!)
      .map((p) => ({ day: p.day, short: p.taken - p.stock }))
      .sort((a, b) => a.day.localeCompare(b.day)),
  }));
}

/** "Test Lener (12/06 – 15/06, 30)" for the refusal message. */
export const conflictLine = (c: StockConflict) =>
  `${c.borrowerName} (${formatDateKey(c.pickupDate).slice(0, 5)} – ${formatDateKey(c.returnDate).slice(0, 5)}, ${c.quantity})`;
