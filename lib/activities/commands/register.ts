// The click at opening: a parent's whole basket (children × sessions) in ONE request. Everything
// that can be done before touching a hot row is done first, without a transaction: the opening is
// open, this account is admitted from the waiting room, every child fits its session, the prices,
// no clash with the child's other registrations. Then what is free per session is read and each
// line decided in basket order (a free place and nobody waiting for that session: placed; else the
// waiting list), and all of it is written in ONE statement of the capacity engine: the placed
// lines' places taken with the payment core's order (createOrder → takeHolds) and the
// registrations, emptied basket and audit entry beside it (register-sql.ts). The pool rows are
// locked for that statement only. When a racer took a place between the read and the statement,
// the take is refused as a whole and the lines are decided again on a fresh read, so nothing is
// ever booked beyond capacity and a line only waits when its session was really full.
// Staff at the desk run the same command with their id; during an opening they stand in the same line.
import "server-only";
import { availability, CapacityUnavailable } from "@/lib/capacity";
import { Prisma } from "@/generated/prisma/client";
import { db as appDb } from "@/lib/db";
import type { Db, Tx } from "@/lib/db/client";
import { statement, translate } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";
import { createOrder } from "@/lib/payments";
import { ACTIVITY_ITEM } from "../fulfil";
import { activityMessages } from "../messages";
import { assertFits, type BasketLine, basketOf, dateKey, keyOf } from "./load";
import { registrationStatement, registrationWrites, type RegistrationWrites } from "./register-sql";
import { admitNext, placeInLine } from "./waiting-room";
import { priceBasket, pricingOf } from "./price";

export type Who = { userId: string; staffId?: string | null };

export const registrationRefusals = {
  ActivityRegistration_child_no_overlap: () =>
    new AppError("CONFLICT", activityMessages.overlapping("Een kind")),
  ActivityRegistration_child_once_per_session: () =>
    new AppError("CONFLICT", activityMessages.alreadyRegistered("Een kind")),
};

type ClashLine = {
  sessionId: string;
  member: Parameters<typeof keyOf>[0];
  session: { startDate: Date; endDate: Date };
};

/** Refuses, with the child's name, a line whose child already holds an overlapping or the same session. */
export async function assertNoClash(tx: Tx | Db, lines: readonly ClashLine[]) {
  const existing = await tx.activityRegistration.findMany({
    where: {
      childKey: { in: lines.map((l) => keyOf(l.member)) },
      status: { in: ["HELD", "CONFIRMED", "WAITING", "OFFERED"] },
    },
    select: { childKey: true, sessionId: true, startDate: true, endDate: true, status: true },
  });
  for (const l of lines) {
    for (const r of existing.filter((e) => e.childKey === keyOf(l.member))) {
      if (r.sessionId === l.sessionId)
        throw new AppError("CONFLICT", activityMessages.alreadyRegistered(l.member.firstName));
      const placed = r.status === "HELD" || r.status === "CONFIRMED";
      if (placed && r.startDate <= l.session.endDate && l.session.startDate <= r.endDate)
        throw new AppError("CONFLICT", activityMessages.overlapping(l.member.firstName));
    }
  }
}

/** A take refused because a racer was faster is decided again this many times at most. */
const DECIDE_ATTEMPTS = 25;

type Priced = ReturnType<typeof priceBasket<BasketLine>>;

/** Per line in basket order: placed when its session has a free place and nobody waiting for it. */
async function decide(db: Db, priced: Priced, now: Date) {
  const poolIds = [...new Set(priced.map((p) => p.line.session.poolId))];
  const sessionIds = [...new Set(priced.map((p) => p.line.sessionId))];
  const [free, queued] = await Promise.all([
    availability(db, poolIds, now),
    db.$queryRaw<{ sessionId: string }[]>`
      SELECT DISTINCT "sessionId" FROM "ActivityRegistration"
      WHERE "sessionId" = ANY(${sessionIds}::text[]) AND status IN ('WAITING', 'OFFERED')`,
  ]);
  const left = new Map(poolIds.map((id) => [id, free.get(id)?.available ?? 0]));
  const someoneWaiting = new Set(queued.map((q) => q.sessionId));
  return priced.map((p) => {
    const n = left.get(p.line.session.poolId) ?? 0;
    const placed = n > 0 && !someoneWaiting.has(p.line.sessionId);
    if (placed) left.set(p.line.session.poolId, n - 1);
    else someoneWaiting.add(p.line.sessionId);
    return { ...p, placed };
  });
}

export async function registerBasket(
  openingId: string,
  who: Who,
  { db = appDb, now = new Date() }: { db?: Db; now?: Date } = {},
) {
  const lines = await basketOf(db, who.userId, openingId);
  if (lines.length === 0) throw new AppError("INVALID_INPUT", activityMessages.basketEmpty);
  const opening = lines[0]!.session.activity.opening;
  if (now < opening.opensAt)
    throw new AppError("INVALID_INPUT", activityMessages.notOpenYet(opening.opensAt));
  if (now >= opening.closesAt) throw new AppError("INVALID_INPUT", activityMessages.closed);
  const place = await placeInLine(db, openingId, who.userId, now);
  if (place.state === "not-joined") throw new AppError("INVALID_INPUT", activityMessages.notInWaitingRoom);
  if (place.state === "waiting")
    throw new AppError("INVALID_INPUT", activityMessages.notAdmittedYet(place.position, place.admitAt));
  for (const l of lines) assertFits(l.member, l.session);
  const [parent, pricing, settings] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: who.userId }, select: { name: true, email: true } }),
    pricingOf(
      db,
      who.userId,
      lines.map((l) => l.memberId),
    ),
    db.activitySettings.findUnique({ where: { id: 1 } }),
  ]);
  const priced = priceBasket(lines, pricing.verified, pricing.social);
  await assertNoClash(db, lines);
  const holdMinutes = settings?.holdMinutes ?? 30;
  const buyer = { userId: who.userId, name: parent.name ?? "Ouder", email: parent.email };

  for (let attempt = 1; ; attempt++) {
    const decided = await decide(db, priced, now);
    const writes: RegistrationWrites = {
      openingId,
      userId: who.userId,
      staffId: who.staffId ?? null,
      basketLineIds: lines.map((l) => l.id),
      rows: decided.map((d) => ({
        sessionId: d.line.sessionId,
        memberId: d.line.memberId,
        childKey: keyOf(d.line.member),
        childName: `${d.line.member.firstName} ${d.line.member.lastName}`,
        startDate: dateKey(d.line.session.startDate),
        endDate: dateKey(d.line.session.endDate),
        placed: d.placed,
        tariffCode: d.tariff.code,
        tariffLabel: d.label,
        priceCents: d.price.unitCents,
      })),
      now,
    };
    const placed = decided.filter((d) => d.placed);
    try {
      const order =
        placed.length === 0
          ? await statement(() => db.$executeRaw(registrationStatement(writes)), {
              refusals: registrationRefusals,
            }).then(() => null)
          : await createOrder(
              db,
              {
                buyer,
                soldById: who.staffId ?? null,
                lines: placed.map((d) => ({
                  itemType: ACTIVITY_ITEM,
                  itemId: d.line.sessionId,
                  description: `${d.line.member.firstName}: ${d.line.session.activity.title}, ${d.line.session.label}`,
                  quantity: 1,
                  unitCents: d.price.unitCents,
                  tariffCode: d.tariff.code,
                  tariffLabel: d.label,
                })),
                holds: placed.map((d) => ({ poolId: d.line.session.poolId, quantity: 1 })),
                expiresAt: new Date(now.getTime() + holdMinutes * 60_000),
              },
              now,
              registrationWrites(writes, Prisma.sql`(SELECT id FROM ord)`),
            );
      // Served: the next parents in line may come in (outside the statement, it is not theirs).
      await admitNext(db, openingId, who.userId, now);
      return {
        order,
        placed: placed.length,
        waiting: decided.length - placed.length,
        // What the parent is told at once, per line in basket order.
        lines: decided.map((d) => ({
          child: d.line.member.firstName,
          session: `${d.line.session.activity.title}, ${d.line.session.label}`,
          placed: d.placed,
        })),
      };
    } catch (error) {
      if (error instanceof CapacityUnavailable && attempt < DECIDE_ATTEMPTS) continue;
      if (error instanceof CapacityUnavailable) throw new AppError("CONFLICT", activityMessages.busy);
      throw translate(error, {
        refusals: registrationRefusals,
        busy: () => new AppError("CONFLICT", activityMessages.busy),
      });
    }
  }
}

export { dateKey };
