// The writes of a registration at the opening, as CTEs of ONE statement: every line of the basket
// (placed lines HELD on the order, the others WAITING), numbered from activity_arrival_seq, the
// basket emptied, the waiting-room entry marked served and the audit entry. With placed lines they
// ride along the payment core's order in the capacity engine's take (createOrder → takeHolds), so
// the hot pool rows are locked only for that one statement, never across round trips; without, it
// is a statement of its own. Both or nothing: a refused take keeps none of it.
import "server-only";
import { randomBytes } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { auditCte } from "@/lib/audit/record";
import type { Alongside } from "@/lib/capacity";

export type RegistrationRow = {
  sessionId: string;
  memberId: string;
  childKey: string;
  childName: string;
  startDate: string;
  endDate: string;
  placed: boolean;
  tariffCode: string;
  tariffLabel: string;
  priceCents: number;
};

export type RegistrationWrites = {
  openingId: string;
  userId: string;
  staffId: string | null;
  basketLineIds: string[];
  rows: RegistrationRow[];
  now: Date;
};

/** The CTEs; `orderId` is the placed lines' order (`(SELECT id FROM ord)` beside createOrder). */
export function registrationWrites(w: RegistrationWrites, orderId: Prisma.Sql): Alongside {
  const rows = w.rows.map((r, i) => ({ ...r, i, id: `areg_${randomBytes(12).toString("hex")}` }));
  const placed = rows.filter((r) => r.placed).length;
  const audit = auditCte(
    "audit",
    {
      actorId: w.staffId ?? w.userId,
      onBehalfOfId: w.userId,
      action: "activity.registered",
      subjectType: "RegistrationOpening",
      subjectId: w.openingId,
      details: { placed, waiting: rows.length - placed },
    },
    w.now,
  );
  // The arrival numbers are drawn in basket order (the ordered subquery), so a household's
  // placed and waiting lines keep the order the parent put them in.
  return {
    ctes: Prisma.sql`regs AS (
      INSERT INTO "ActivityRegistration" (id, "sessionId", "userId", "memberId", "childKey", "childName",
        "startDate", "endDate", status, arrival, "orderId", "tariffCode", "tariffLabel", "priceCents",
        "createdById", "createdAt", "updatedAt")
      SELECT r.id, r."sessionId", ${w.userId}, r."memberId", r."childKey", r."childName",
        r."startDate"::date, r."endDate"::date,
        (CASE WHEN r.placed THEN 'HELD' ELSE 'WAITING' END)::"RegistrationStatus",
        nextval('activity_arrival_seq'), CASE WHEN r.placed THEN ${orderId} END,
        r."tariffCode", r."tariffLabel", r."priceCents", ${w.staffId}, ${w.now}, ${w.now}
      FROM (SELECT * FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(i int, id text,
          "sessionId" text, "memberId" text, "childKey" text, "childName" text, "startDate" text,
          "endDate" text, placed boolean, "tariffCode" text, "tariffLabel" text, "priceCents" int)
        ORDER BY x.i) r
      RETURNING id
    ), emptied AS (
      DELETE FROM "ActivityBasketLine" WHERE id = ANY(${w.basketLineIds}::text[]) RETURNING id
    ), served AS (
      UPDATE "WaitingRoomEntry" SET "admittedAt" = ${w.now}
      WHERE "openingId" = ${w.openingId} AND "userId" = ${w.userId} AND "admittedAt" IS NULL
      RETURNING id
    ), ${audit}`,
    result: Prisma.sql`(SELECT count(*) FROM regs)::int AS registered`,
  };
}

/** The statement on its own, for a basket whose lines all go on the waiting list. */
export function registrationStatement(w: RegistrationWrites): Prisma.Sql {
  const writes = registrationWrites(w, Prisma.sql`NULL`);
  return Prisma.sql`WITH ${writes.ctes} SELECT ${writes.result}`;
}
