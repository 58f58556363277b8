// The waiting room of an opening, all in PostgreSQL so any number of instances agree. Who joins in
// the window before the opening draws a random key (no advantage for refreshing or extra laptops:
// one entry per account, joining again keeps the first draw; one place per child, whichever
// account); later arrivals queue by arrival after all early ones. Admission is a number on the
// opening (places 1..admitted may send their basket), raised by one compare-and-set UPDATE as
// parents are served (rules.ts nextAdmitted): at most a batch is busy at once, so the server is
// never asked for more than it sustains, and those not yet admitted get their place in line. Who
// was once told it is their turn stays admitted (the entry's letInAt).
import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { statement } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";
import { activityMessages } from "../messages";
import { admissionEstimate, isEarly, nextAdmitted } from "../rules";
import { basketOf, keyOf } from "./load";
import { joinStatement } from "./waiting-room-sql";

export async function openingOrThrow(db: Db | Tx, openingId: string) {
  const opening = await db.registrationOpening.findUnique({ where: { id: openingId } });
  if (!opening) throw new AppError("NOT_FOUND", activityMessages.activityNotFound);
  return opening;
}

export async function joinWaitingRoom(
  db: Db,
  openingId: string,
  who: { userId: string; staffId?: string | null },
  now = new Date(),
): Promise<string> {
  const opening = await openingOrThrow(db, openingId);
  const doorOpens = new Date(opening.opensAt.getTime() - opening.waitingRoomMinutes * 60_000);
  if (now < doorOpens) throw new AppError("INVALID_INPUT", activityMessages.waitingRoomNotOpen(doorOpens));
  if (now >= opening.closesAt) throw new AppError("INVALID_INPUT", activityMessages.closed);
  const basket = await basketOf(db, who.userId, openingId);
  if (basket.length === 0) throw new AppError("INVALID_INPUT", activityMessages.basketEmpty);
  const children = new Map(basket.map((l) => [keyOf(l.member), l.member.firstName]));
  const inLineElsewhere = () => {
    const names = [...children.values()].join(", ");
    return new AppError("CONFLICT", activityMessages.childInLineElsewhere(names));
  };
  // Named before the statement (no lock is needed to read them); the constraint is the guard.
  const taken = await db.$queryRaw<{ childKey: string }[]>`
    SELECT w."childKey" FROM "WaitingRoomChild" w JOIN "WaitingRoomEntry" e ON e.id = w."entryId"
    WHERE w."openingId" = ${openingId} AND w."childKey" = ANY(${[...children.keys()]}::text[])
      AND e."userId" <> ${who.userId}`;
  if (taken.length > 0)
    throw new AppError(
      "CONFLICT",
      activityMessages.childInLineElsewhere(taken.map((t) => children.get(t.childKey)).join(", ")),
    );
  const sql = joinStatement({
    openingId,
    userId: who.userId,
    staffId: who.staffId ?? null,
    early: isEarly(now, opening.opensAt, opening.waitingRoomMinutes),
    childKeys: [...children.keys()],
    now,
  });
  const rows = await statement(() => db.$queryRaw<{ id: string }[]>(sql), {
    refusals: { WaitingRoomChild_openingId_childKey_key: inLineElsewhere },
  });
  return rows[0]!.id;
}

export type PlaceInLine =
  | { state: "not-joined"; opensAt: Date; closesAt: Date }
  | {
      state: "waiting" | "admitted";
      opensAt: Date;
      closesAt: Date;
      position: number;
      total: number;
      /** Now when admitted; else the estimate at the pace measured since the opening. */
      admitAt: Date;
      early: boolean;
    };

type LineRow = {
  entryId: string | null;
  letInAt: Date | null;
  opensAt: Date;
  closesAt: Date;
  batch: number;
  admitted: number;
  admittedAt: Date | null;
  joinedAt: Date | null;
  early: boolean | null;
  position: number | null;
  total: number;
  served: number;
};

/**
 * Lets the next parents in when it is due (nextAdmitted) by raising the opening's number, never
 * lowering it: of several instances (or requests) that saw the same state one raises it and the
 * others change nothing. A target from an older read is still safe: `served` only grows, so at
 * most a batch is ever busy. Afterwards at least `target` are admitted, raised here or not.
 */
async function admitDue(db: Db | Tx, openingId: string, row: LineRow, now: Date): Promise<number> {
  const target = nextAdmitted(
    {
      admitted: row.admitted,
      admittedAt: row.admittedAt,
      served: row.served,
      total: row.total,
      batch: row.batch,
    },
    row.opensAt,
    now,
  );
  if (target === null) return row.admitted;
  await db.$executeRaw`
    UPDATE "RegistrationOpening" SET admitted = ${target}, "admittedAt" = ${now}
    WHERE id = ${openingId} AND admitted < ${target}`;
  return target;
}

function lineState(db: Db | Tx, openingId: string, userId: string) {
  // "admittedAt" of an entry is its registeredAt (schema.prisma): the served ones.
  return db.$queryRaw<LineRow[]>`
    SELECT e.id AS "entryId", e."letInAt", o."opensAt", o."closesAt", o."admitBatch" AS batch,
      o.admitted, o."admittedAt", e."joinedAt", e.early,
      (SELECT count(*)::int + 1 FROM "WaitingRoomEntry" x WHERE x."openingId" = o.id AND (
        (x.early AND NOT e.early)
        OR (x.early AND e.early AND (x."drawKey", x.id) < (e."drawKey", e.id))
        OR (NOT x.early AND NOT e.early AND (x."joinedAt", x.id) < (e."joinedAt", e.id)))) AS position,
      c.total, c.served
    FROM "RegistrationOpening" o
    CROSS JOIN LATERAL (SELECT count(*)::int AS total, count(x."admittedAt")::int AS served
      FROM "WaitingRoomEntry" x WHERE x."openingId" = o.id) c
    LEFT JOIN "WaitingRoomEntry" e ON e."openingId" = o.id AND e."userId" = ${userId}
    WHERE o.id = ${openingId}`;
}

/**
 * Where an account stands: position among everyone in line, whether it is admitted, and when it
 * probably will be. Reading it also lets the next parents in when that is due, so admission moves
 * with the parents' own requests and needs no process of its own.
 */
export async function placeInLine(
  db: Db | Tx,
  openingId: string,
  userId: string,
  now = new Date(),
): Promise<PlaceInLine> {
  const row = (await lineState(db, openingId, userId))[0];
  if (!row) throw new AppError("NOT_FOUND", activityMessages.activityNotFound);
  const base = { opensAt: row.opensAt, closesAt: row.closesAt };
  if (row.joinedAt === null || row.position === null) return { state: "not-joined", ...base };
  const admitted = row.position > row.admitted ? await admitDue(db, openingId, row, now) : row.admitted;
  const letIn = row.letInAt !== null || row.position <= admitted;
  if (letIn && row.letInAt === null && row.entryId !== null)
    await db.$executeRaw`
      UPDATE "WaitingRoomEntry" SET "letInAt" = ${now} WHERE id = ${row.entryId} AND "letInAt" IS NULL`;
  const state = letIn ? "admitted" : "waiting";
  return {
    state,
    ...base,
    position: row.position,
    total: row.total,
    admitAt: letIn
      ? now
      : admissionEstimate({
          position: row.position,
          admitted,
          served: row.served,
          batch: row.batch,
          opensAt: row.opensAt,
          now,
        }),
    early: Boolean(row.early),
  };
}

/** After a parent was served: lets the next ones in when that is due (see admitDue). */
export async function admitNext(db: Db, openingId: string, userId: string, now = new Date()) {
  const row = (await lineState(db, openingId, userId))[0];
  if (row) await admitDue(db, openingId, row, now);
}
