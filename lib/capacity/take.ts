// Taking counted capacity: the one way for every service (seats, ticket-type quotas, places per
// session, stock per item per day). ONE SQL statement takes a request's holds on all its pools:
// - the pool rows of a request on several pools are locked in id order first, so two takes on the
//   same pools queue instead of deadlocking each other;
// - due holds of those pools are expired in the same statement and their quantity given back, so
//   an abandoned basket never blocks a buyer, with or without the sweeper job;
// - `taken` is raised per pool; a pool without room violates CapacityPool_taken_check, which aborts
//   the whole statement: every pool or none, and nothing else the statement writes is kept.
// PostgreSQL re-checks a pool row after waiting for a racing buyer, so of many racers exactly as
// many succeed as there is room for. No interactive transaction: a buyer costs one round trip and
// holds the hot pool row only for the statement (see the tickets benchmark).
// `alongside` writes the thing the holds are for in the same statement (the payment core's order,
// lines and history): it only writes when every pool row was updated.
// A `guard` is a condition of the caller's, checked in the same statement before anything is
// taken (a buyer's own limit): when it fails, nothing is written and `refuse` says why. Its
// `before` statements run first in the same transaction (a lock the condition relies on); with
// `db` they and the take are one message to the server (lib/db/one-trip.ts): one round trip, and
// still no interactive transaction.
// Note: the migration runner cannot create PL/pgSQL functions (it splits on semicolons), which is
// why this is a statement built here, not a function in the database.
import { Prisma } from "@/generated/prisma/client";
import type { Db, Tx } from "@/lib/db/client";
import { oneTrip } from "@/lib/db/one-trip";
import { statement, translate } from "@/lib/db/tx";
import { randomHex } from "@/lib/random";
import { CapacityUnavailable } from "./errors";

export type HoldRequest = { poolId: string; quantity: number };

export type Take = {
  /** What the holds are for, e.g. an order's `holdReference`; confirm and release go by it. */
  reference: string;
  holds: HoldRequest[];
  expiresAt: Date;
  now?: Date;
  guard?: Guard;
};

/**
 * The caller's condition, checked in the take's statement; see the file comment. `ctes` come first
 * in the statement and may be read by `ok` (a boolean) and `result` (columns of the answer).
 */
export type Guard = {
  before?: Prisma.Sql[];
  ctes: Prisma.Sql;
  ok: Prisma.Sql;
  result: Prisma.Sql;
  refuse: (row: Record<string, unknown>) => Error;
};

/**
 * More CTEs written by the same statement, and the columns it returns. They may use
 * `EVERY_POOL_TAKEN` as a condition, so they write nothing when a pool id does not exist.
 */
export type Alongside = { ctes: Prisma.Sql; result: Prisma.Sql };

/** True in `alongside` when the guard (if any) let the take through. */
export const GATE_OPEN = Prisma.sql`(SELECT ok FROM gate)`;

/** True in `alongside` when the guard let it through and every requested pool row was updated. */
export const EVERY_POOL_TAKEN = Prisma.sql`${GATE_OPEN} AND (SELECT count(*) FROM pools) = (SELECT count(*) FROM req)`;

const POOL_CHECK = "CapacityPool_taken_check";

/** One row per pool, quantities of the same pool added up, in pool-id order. */
function holdRows(requests: HoldRequest[]) {
  const perPool = new Map<string, number>();
  for (const r of requests)
    if (r.quantity > 0) perPool.set(r.poolId, (perPool.get(r.poolId) ?? 0) + r.quantity);
  return [...perPool]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([poolId, quantity]) => ({ id: `hold_${randomHex(12)}`, poolId, quantity }));
}

function takeStatement(take: Take, alongside: Alongside | undefined): Prisma.Sql {
  const now = take.now ?? new Date();
  const rows = holdRows(take.holds);
  // Several pools are locked in id order before anything is written. One pool needs no order: its
  // own UPDATE is the only lock, and a second lock of the hot row would cost every buyer a write.
  const locked =
    rows.length > 1
      ? Prisma.sql`SELECT id FROM "CapacityPool" WHERE id IN (SELECT "poolId" FROM req) ORDER BY id FOR UPDATE`
      : Prisma.sql`SELECT "poolId" AS id FROM req`;
  const guard = take.guard;
  return Prisma.sql`
    WITH ${guard ? Prisma.sql`${guard.ctes}, ` : Prisma.empty}gate AS (
      SELECT (${guard ? guard.ok : Prisma.sql`TRUE`}) AS ok
    ), req AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS h(id text, "poolId" text, quantity int)
      WHERE ${GATE_OPEN}
    ), locked AS (
      ${locked}
    ), expired AS (
      UPDATE "CapacityHold" SET status = 'EXPIRED', "updatedAt" = ${now}
      WHERE status = 'HELD' AND "expiresAt" <= ${now} AND "poolId" IN (SELECT id FROM locked)
      RETURNING "poolId", quantity
    ), freed AS (
      SELECT "poolId", SUM(quantity)::int AS quantity FROM expired GROUP BY "poolId"
    ), pools AS (
      UPDATE "CapacityPool" p SET taken = p.taken + req.quantity - COALESCE(freed.quantity, 0)
      FROM req JOIN locked ON locked.id = req."poolId" LEFT JOIN freed ON freed."poolId" = req."poolId"
      WHERE p.id = req."poolId"
      RETURNING p.id
    ), held AS (
      INSERT INTO "CapacityHold" (id, "poolId", reference, quantity, status, "expiresAt", "createdAt", "updatedAt")
      SELECT req.id, req."poolId", ${take.reference}, req.quantity, 'HELD', ${take.expiresAt}, ${now}, ${now} FROM req
      RETURNING id
    )${alongside ? Prisma.sql`, ${alongside.ctes}` : Prisma.empty}
    SELECT (SELECT count(*) FROM held)::int AS held, ${GATE_OPEN} AS "gateOpen"${guard ? Prisma.sql`, ${guard.result}` : Prisma.empty}${alongside ? Prisma.sql`, ${alongside.result}` : Prisma.empty}`;
}

type Row = Record<string, unknown> & { held: number; gateOpen: boolean };

/**
 * The guard's `before` statements and the take as one transaction: in the caller's transaction,
 * or on its own in one round trip (lib/db/one-trip.ts), so the pool row is held only while the
 * server works, as without a guard.
 */
async function runTake(db: Db | Tx, sql: Prisma.Sql, before: Prisma.Sql[] | undefined): Promise<Row> {
  if (!before?.length) return (await db.$queryRaw<Row[]>(sql))[0]!;
  if ("$transaction" in db) return (await oneTrip<Row>(db as Db, [...before, sql]))[0]!;
  const tx = db as Tx;
  for (const statement of before) await tx.$queryRaw(statement);
  return (await tx.$queryRaw<Row[]>(sql))[0]!;
}

/**
 * Takes every hold of `take` or none (throws CapacityUnavailable with the Dutch message), together
 * with what `alongside` writes. With `db` it is a statement of its own, run again after a
 * deadlock; inside a caller's transaction (`tx`) it is one statement of that transaction, and the
 * caller's `transaction()` runs it again.
 */
export async function takeHolds<R extends object = { held: number }>(
  db: Db | Tx,
  take: Take,
  alongside?: Alongside,
): Promise<R & { held: number }> {
  const sql = takeStatement(take, alongside);
  const refusals = { [POOL_CHECK]: () => new CapacityUnavailable() };
  const run = async () => {
    const row = await runTake(db, sql, take.guard?.before);
    if (!row.gateOpen) throw take.guard!.refuse(row);
    return row as unknown as R & { held: number };
  };
  if ("$transaction" in db) return statement(run, { refusals });
  try {
    return await run();
  } catch (error) {
    throw translate(error, { refusals });
  }
}
