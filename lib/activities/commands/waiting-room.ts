// The waiting room of an opening, all in PostgreSQL so any number of instances agree. Who joins in
// the window before the opening draws a random key (no advantage for refreshing or extra laptops:
// one entry per account, joining again keeps the first draw; one place per child, whichever
// account); later arrivals queue by arrival after all early ones. Admission is in batches of
// `admitPerSecond` from the opening on (rules.ts), computed from the position, so no process keeps
// state; the register command records when an entry was first admitted.
import "server-only";
import { randomInt } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import type { Db, Tx } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";
import { activityMessages } from "../messages";
import { admissionAt, isEarly } from "../rules";
import { basketOf, keyOf } from "./load";

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
  return transaction(
    db,
    async (tx) => {
      const entry = await tx.waitingRoomEntry.upsert({
        where: { openingId_userId: { openingId, userId: who.userId } },
        update: {},
        create: {
          openingId,
          userId: who.userId,
          joinedAt: now,
          early: isEarly(now, opening.opensAt, opening.waitingRoomMinutes),
          // 48 random bits: ties are as good as impossible and would only order by id.
          drawKey: randomInt(0, 2 ** 48 - 1) / 2 ** 48,
          enteredById: who.staffId ?? null,
        },
      });
      const taken = await tx.waitingRoomChild.findMany({
        where: { openingId, childKey: { in: [...children.keys()] }, entryId: { not: entry.id } },
        select: { childKey: true },
      });
      if (taken.length > 0)
        throw new AppError(
          "CONFLICT",
          activityMessages.childInLineElsewhere(taken.map((t) => children.get(t.childKey)).join(", ")),
        );
      await tx.waitingRoomChild.createMany({
        data: [...children.keys()].map((childKey) => ({ entryId: entry.id, openingId, childKey })),
        skipDuplicates: true,
      });
      await recordAudit(tx, {
        actorId: who.staffId ?? who.userId,
        onBehalfOfId: who.userId,
        action: "activity.waiting-room-joined",
        subjectType: "RegistrationOpening",
        subjectId: openingId,
      });
      return entry.id;
    },
    { refusals: { WaitingRoomChild_openingId_childKey_key: inLineElsewhere } },
  );
}

export type PlaceInLine =
  | { state: "not-joined"; opensAt: Date; closesAt: Date }
  | {
      state: "waiting" | "admitted";
      opensAt: Date;
      closesAt: Date;
      position: number;
      total: number;
      admitAt: Date;
      early: boolean;
    };

/** Where an account stands: position among everyone in line, and when it is (or was) admitted. */
export async function placeInLine(
  db: Db | Tx,
  openingId: string,
  userId: string,
  now = new Date(),
): Promise<PlaceInLine> {
  const rows = await db.$queryRaw<
    {
      opensAt: Date;
      closesAt: Date;
      perSecond: number;
      joinedAt: Date | null;
      early: boolean | null;
      position: number | null;
      total: number;
    }[]
  >`
    SELECT o."opensAt", o."closesAt", o."admitPerSecond" AS "perSecond", e."joinedAt", e.early,
      (SELECT count(*)::int + 1 FROM "WaitingRoomEntry" x WHERE x."openingId" = o.id AND (
        (x.early AND NOT e.early)
        OR (x.early AND e.early AND (x."drawKey", x.id) < (e."drawKey", e.id))
        OR (NOT x.early AND NOT e.early AND (x."joinedAt", x.id) < (e."joinedAt", e.id)))) AS position,
      (SELECT count(*)::int FROM "WaitingRoomEntry" x WHERE x."openingId" = o.id) AS total
    FROM "RegistrationOpening" o
    LEFT JOIN "WaitingRoomEntry" e ON e."openingId" = o.id AND e."userId" = ${userId}
    WHERE o.id = ${openingId}`;
  const row = rows[0];
  if (!row) throw new AppError("NOT_FOUND", activityMessages.activityNotFound);
  const base = { opensAt: row.opensAt, closesAt: row.closesAt };
  if (row.joinedAt === null || row.position === null) return { state: "not-joined", ...base };
  const admitAt = admissionAt(row.opensAt, row.position, row.perSecond, row.joinedAt);
  return {
    state: now >= admitAt ? "admitted" : "waiting",
    ...base,
    position: row.position,
    total: row.total,
    admitAt,
    early: Boolean(row.early),
  };
}
