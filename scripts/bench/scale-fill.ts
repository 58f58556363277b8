// Grows the demo data of `npm run bench:scale` to a multiple of itself: every original row of a
// growing table is copied (all columns, through jsonb, so the copy follows the schema) with a new
// id, unique values made unique and its instants moved back in time by whole strides, so copies
// never overlap each other or the originals (the exclusion constraints of bookings and appointments).
import type { Db } from "@/lib/db/client";

type Table = {
  name: string;
  /** Text columns that must stay unique: the copy gets a suffix. */
  unique?: string[];
  /** Unique columns pointing at one other row (a booking's order): empty on a copy. */
  nulled?: string[];
  /** Instants moved by the stride; the first two span the stride when `spread` is set. */
  instants?: string[];
  /** Columns holding the id of a row of another copied table (an order line's order). */
  copiedParents?: string[];
  /** Copies must not overlap in time (exclusion constraints): stride = span of the originals + 1 day. */
  spread?: [start: string, end: string];
  /**
   * The resident a row belongs to: copies go to another resident (OTHER_RESIDENT), so the bench's
   * resident keeps a month of their own while the municipality's table grows around them.
   */
  owner?: string;
};

/** Owner of the copies: the second user by e-mail (the bench's resident is the first). */
const OTHER_RESIDENT = `(SELECT "id" FROM "User" ORDER BY "email" OFFSET 1 LIMIT 1)`;

export const GROWING: Table[] = [
  {
    name: "Report",
    unique: ["number"],
    instants: ["createdAt", "updatedAt", "closedAt", "dueOn"],
  },
  { name: "AuditLog", instants: ["at"] },
  {
    name: "Order",
    unique: ["number", "holdReference", "ogm", "accessToken"],
    instants: ["createdAt", "updatedAt", "paidAt", "expiresAt"],
  },
  { name: "OrderLine", copiedParents: ["orderId"] },
  {
    name: "HallBooking",
    nulled: ["orderId", "closureId", "seriesId"],
    owner: "userId",
    instants: ["startsAt", "endsAt", "createdAt", "updatedAt", "decidedAt", "paidAt", "cancelledAt"],
    spread: ["startsAt", "endsAt"],
  },
  {
    name: "Appointment",
    unique: ["manageTokenHash"],
    instants: ["startsAt", "endsAt", "blockedUntil", "createdAt", "cancelledAt", "reminderSentAt"],
    spread: ["startsAt", "blockedUntil"],
  },
  {
    name: "Loan",
    nulled: ["orderId"],
    owner: "userId",
    instants: ["pickupDate", "returnDate", "createdAt", "updatedAt", "handedOutAt", "returnedAt"],
  },
];

const COPY = "~x"; // marks a copy's id: originals are the rows without it

/** Copies number `from`..`to` (1-based) of every original row of the growing tables. */
export async function addCopies(db: Db, from: number, to: number): Promise<void> {
  if (to < from) return;
  for (const table of GROWING) {
    const stride = table.spread
      ? `(SELECT COALESCE(MAX("${table.spread[1]}") - MIN("${table.spread[0]}"), interval '0') + interval '1 day' FROM "${table.name}" WHERE "id" NOT LIKE '%${COPY}%')`
      : `interval '1 day'`;
    const overrides = [
      `'id', t."id" || '${COPY}' || gs`,
      ...(table.unique ?? []).map((c) => `'${c}', t."${c}" || '${COPY}' || gs`),
      ...(table.nulled ?? []).map((c) => `'${c}', NULL`),
      ...(table.copiedParents ?? []).map((c) => `'${c}', t."${c}" || '${COPY}' || gs`),
      ...(table.instants ?? []).map((c) => `'${c}', t."${c}" - gs * (${stride})`),
      ...(table.owner ? [`'${table.owner}', ${OTHER_RESIDENT}`] : []),
    ];
    await db.$executeRawUnsafe(
      `INSERT INTO "${table.name}"
       SELECT (jsonb_populate_record(NULL::"${table.name}", to_jsonb(t) || jsonb_build_object(${overrides.join(", ")}))).*
       FROM "${table.name}" t CROSS JOIN generate_series(${from}, ${to}) gs
       WHERE t."id" NOT LIKE '%${COPY}%'`,
    );
  }
  await db.$executeRawUnsafe(`ANALYZE`);
}

export async function originalCounts(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const { name } of GROWING) {
    const [{ n }] = await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${name}"`);
    counts[name] = Number(n);
  }
  return counts;
}
