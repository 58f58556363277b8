// The order's part of the one statement that creates it: the capacity engine's takeHolds locks
// and raises the pools and writes the holds (lib/capacity/take.ts), and these CTEs write the order,
// its lines and its first history row in the same statement. The order row is only inserted when
// every pool row was updated; otherwise its lines fail their foreign key and the statement aborts.
// When the caller's guard refuses (a buyer's own limit, see takeHolds), none of them is written.
import { Prisma } from "@/generated/prisma/client";
import { type Alongside, EVERY_POOL_TAKEN, GATE_OPEN } from "@/lib/capacity";
import type { OrderLineInput } from "./orders";

export type OrderRow = {
  id: string;
  holdReference: string;
  buyerUserId: string | null;
  buyerName: string;
  buyerEmail: string | null;
  soldById: string | null;
  totalCents: number;
  expiresAt: Date;
  accessToken: string;
};
export type LineRow = OrderLineInput & { id: string };

/** The first line of the order's history: who created it (a staff member at the desk, or the buyer). */
export type HistoryRow = { id: string; actorId: string | null };

export function orderWrites(order: OrderRow, history: HistoryRow, lines: LineRow[], now: Date): Alongside {
  return {
    ctes: Prisma.sql`ord AS (
      INSERT INTO "Order" (id, number, "holdReference", "buyerUserId", "buyerName", "buyerEmail", "soldById", "totalCents", "expiresAt", "accessToken", "createdAt", "updatedAt")
      SELECT ${order.id}, 'W' || to_char(${now}::timestamptz AT TIME ZONE 'UTC', 'YY') || '-' || lpad(nextval('order_number_seq')::text, 6, '0'),
             ${order.holdReference}, ${order.buyerUserId}, ${order.buyerName}, ${order.buyerEmail}, ${order.soldById},
             ${order.totalCents}, ${order.expiresAt}, ${order.accessToken}, ${now}, ${now}
      WHERE ${EVERY_POOL_TAKEN}
      RETURNING id, number
    ), lines AS (
      INSERT INTO "OrderLine" (id, "orderId", "itemType", "itemId", description, quantity, "unitCents", "tariffCode", "tariffLabel", "totalCents")
      SELECT l.id, ${order.id}, l."itemType", l."itemId", l.description, l.quantity, l."unitCents", l."tariffCode", l."tariffLabel", l.quantity * l."unitCents"
      FROM jsonb_to_recordset(${JSON.stringify(lines)}::jsonb)
        AS l(id text, "itemType" text, "itemId" text, description text, quantity int, "unitCents" int, "tariffCode" text, "tariffLabel" text)
      WHERE ${GATE_OPEN}
      RETURNING id
    ), history AS (
      INSERT INTO "OrderStatusChange" (id, "orderId", "from", "to", reason, "actorId", at)
      SELECT ${history.id}, ${order.id}, NULL, 'PENDING', 'Bestelling aangemaakt', ${history.actorId}, ${now}
      WHERE ${GATE_OPEN}
      RETURNING id
    )`,
    result: Prisma.sql`(SELECT number FROM ord) AS number, (SELECT count(*) FROM lines)::int AS lines`,
  };
}
