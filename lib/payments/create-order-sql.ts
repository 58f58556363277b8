// Writing an order and taking its capacity as ONE SQL statement. The tickets benchmark showed
// buyers queueing behind Prisma's interactive-transaction round trips while the hot pool row was
// locked; one statement costs one round trip and locks the pool rows only for its own duration.
// All or nothing without a transaction:
// - a pool without room makes the pool UPDATE violate CapacityPool_taken_check, which aborts the
//   whole statement (PostgreSQL re-checks the row after waiting for a concurrent buyer);
// - the order row is only inserted when every pool row was updated; otherwise its lines fail
//   their foreign key and the statement aborts too.
// Due holds of the pools involved are expired in the same statement, so they never block a buyer.
import { Prisma } from "@/generated/prisma/client";
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
export type HoldRow = { id: string; poolId: string; quantity: number };

/** The first line of the order's history: who created it (a staff member at the desk, or the buyer). */
export type HistoryRow = { id: string; actorId: string | null };

export function createOrderStatement(
  order: OrderRow,
  history: HistoryRow,
  lines: LineRow[],
  holds: HoldRow[],
  now: Date,
): Prisma.Sql {
  return Prisma.sql`
    WITH req AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(holds)}::jsonb) AS h(id text, "poolId" text, quantity int)
    ), expired AS (
      UPDATE "CapacityHold" SET status = 'EXPIRED', "updatedAt" = ${now}
      WHERE status = 'HELD' AND "expiresAt" <= ${now} AND "poolId" IN (SELECT "poolId" FROM req)
      RETURNING "poolId", quantity
    ), freed AS (
      SELECT "poolId", SUM(quantity)::int AS quantity FROM expired GROUP BY "poolId"
    ), pools AS (
      UPDATE "CapacityPool" p SET taken = p.taken + req.quantity - COALESCE(freed.quantity, 0)
      FROM req LEFT JOIN freed ON freed."poolId" = req."poolId"
      WHERE p.id = req."poolId"
      RETURNING p.id
    ), ord AS (
      INSERT INTO "Order" (id, number, "holdReference", "buyerUserId", "buyerName", "buyerEmail", "soldById", "totalCents", "expiresAt", "accessToken", "createdAt", "updatedAt")
      SELECT ${order.id}, 'W' || to_char(${now}::timestamptz AT TIME ZONE 'UTC', 'YY') || '-' || lpad(nextval('order_number_seq')::text, 6, '0'),
             ${order.holdReference}, ${order.buyerUserId}, ${order.buyerName}, ${order.buyerEmail}, ${order.soldById},
             ${order.totalCents}, ${order.expiresAt}, ${order.accessToken}, ${now}, ${now}
      WHERE (SELECT count(*) FROM pools) = (SELECT count(*) FROM req)
      RETURNING id, number
    ), lines AS (
      INSERT INTO "OrderLine" (id, "orderId", "itemType", "itemId", description, quantity, "unitCents", "tariffCode", "tariffLabel", "totalCents")
      SELECT l.id, ${order.id}, l."itemType", l."itemId", l.description, l.quantity, l."unitCents", l."tariffCode", l."tariffLabel", l.quantity * l."unitCents"
      FROM jsonb_to_recordset(${JSON.stringify(lines)}::jsonb)
        AS l(id text, "itemType" text, "itemId" text, description text, quantity int, "unitCents" int, "tariffCode" text, "tariffLabel" text)
      RETURNING id
    ), history AS (
      INSERT INTO "OrderStatusChange" (id, "orderId", "from", "to", reason, "actorId", at)
      VALUES (${history.id}, ${order.id}, NULL, 'PENDING', 'Bestelling aangemaakt', ${history.actorId}, ${now})
      RETURNING id
    ), held AS (
      INSERT INTO "CapacityHold" (id, "poolId", reference, quantity, status, "expiresAt", "createdAt", "updatedAt")
      SELECT req.id, req."poolId", ${order.holdReference}, req.quantity, 'HELD', ${order.expiresAt}, ${now}, ${now} FROM req
      RETURNING id
    )
    SELECT (SELECT number FROM ord) AS number, (SELECT count(*) FROM lines)::int AS lines`;
}
