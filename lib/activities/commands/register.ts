// The click at opening: a parent's whole basket (children × sessions) in ONE request. Checked first
// (opening open, this account admitted from the waiting room, every child fits its session), then
// one transaction locks the sessions' pools in id order (lib/capacity lockPools), decides per line
// in basket order whether it is placed (a free place and nobody waiting before it) or goes on the
// waiting list, numbers every line from activity_arrival_seq under that lock (the waiting list's
// order is the order of arrival at the pool), and takes the placed lines' places through the
// payment core's createOrder (takeHolds, the engine's one take path) with the priced lines.
// Staff at the desk run the same command with their id; during an opening they stand in the same line.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { lockPools } from "@/lib/capacity";
import { db as appDb } from "@/lib/db";
import type { Db, Tx } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";
import { createOrder } from "@/lib/payments";
import { ACTIVITY_ITEM } from "../fulfil";
import { activityMessages } from "../messages";
import { priceLine, tariffFor } from "../rules";
import { assertFits, type BasketLine, basketOf, dateKey, keyOf } from "./load";
import { placeInLine } from "./waiting-room";
import { isVerifiedResident } from "@/lib/residents/verification";

export type Who = { userId: string; staffId?: string | null };

export const registrationRefusals = {
  ActivityRegistration_child_no_overlap: () =>
    new AppError("CONFLICT", activityMessages.overlapping("Een kind")),
  ActivityRegistration_child_once_per_session: () =>
    new AppError("CONFLICT", activityMessages.alreadyRegistered("Een kind")),
};

/** Line prices: the household's first child in an activity pays full, the next ones get the discount. */
export function priceBasket(lines: readonly BasketLine[], verifiedResident: boolean) {
  const childrenPerActivity = new Map<string, string[]>();
  return lines.map((line) => {
    const activity = line.session.activity;
    const tariff = tariffFor(activity.tariffs, verifiedResident);
    if (!tariff) throw new AppError("INVALID_INPUT", activityMessages.noTariff);
    const seen = childrenPerActivity.get(activity.id) ?? [];
    if (!seen.includes(line.memberId)) seen.push(line.memberId);
    childrenPerActivity.set(activity.id, seen);
    const price = priceLine(
      tariff,
      line.session.days,
      seen.indexOf(line.memberId),
      activity.siblingDiscountPercent,
    );
    return { line, tariff, price };
  });
}

/** Refuses, with the child's name, a line whose child already holds an overlapping or the same session. */
async function assertNoClash(tx: Tx | Db, lines: readonly BasketLine[]) {
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
    throw new AppError("INVALID_INPUT", activityMessages.notAdmittedYet(place.admitAt));
  for (const l of lines) assertFits(l.member, l.session);
  const [parent, verified, settings] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: who.userId }, select: { name: true, email: true } }),
    isVerifiedResident(who.userId),
    db.activitySettings.findUnique({ where: { id: 1 } }),
  ]);
  const priced = priceBasket(lines, verified);
  const holdMinutes = settings?.holdMinutes ?? 30;

  return transaction(
    db,
    async (tx) => {
      await assertNoClash(tx, lines);
      const pools = lines.map((l) => l.session.poolId);
      const free = await lockPools(tx, pools, now);
      const sessionIds = [...new Set(lines.map((l) => l.sessionId))];
      const queued = await tx.activityRegistration.groupBy({
        by: ["sessionId"],
        where: { sessionId: { in: sessionIds }, status: { in: ["WAITING", "OFFERED"] } },
        _count: true,
      });
      const someoneWaiting = new Set(queued.filter((q) => q._count > 0).map((q) => q.sessionId));
      const arrivals = await tx.$queryRaw<{ n: bigint }[]>`
        SELECT nextval('activity_arrival_seq') AS n FROM generate_series(1, ${lines.length})`;
      const decided = priced.map((p, i) => {
        const left = free.get(p.line.session.poolId) ?? 0;
        const placed = left > 0 && !someoneWaiting.has(p.line.sessionId);
        if (placed) free.set(p.line.session.poolId, left - 1);
        else someoneWaiting.add(p.line.sessionId);
        return { ...p, placed, arrival: arrivals[i]!.n };
      });
      const placed = decided.filter((d) => d.placed);
      const order =
        placed.length === 0
          ? null
          : await createOrder(
              tx,
              {
                buyer: { userId: who.userId, name: parent.name ?? "Ouder", email: parent.email },
                soldById: who.staffId ?? null,
                lines: placed.map((d) => ({
                  itemType: ACTIVITY_ITEM,
                  itemId: d.line.sessionId,
                  description: `${d.line.member.firstName}: ${d.line.session.activity.title}, ${d.line.session.label}`,
                  quantity: 1,
                  unitCents: d.price.unitCents,
                  tariffCode: d.tariff.code,
                  tariffLabel: tariffLabel(d.tariff.label, d.price),
                })),
                holds: placed.map((d) => ({ poolId: d.line.session.poolId, quantity: 1 })),
                expiresAt: new Date(now.getTime() + holdMinutes * 60_000),
              },
              now,
            );
      await tx.activityRegistration.createMany({
        data: decided.map((d) => ({
          sessionId: d.line.sessionId,
          userId: who.userId,
          memberId: d.line.memberId,
          childKey: keyOf(d.line.member),
          childName: `${d.line.member.firstName} ${d.line.member.lastName}`,
          startDate: d.line.session.startDate,
          endDate: d.line.session.endDate,
          status: d.placed ? ("HELD" as const) : ("WAITING" as const),
          arrival: d.arrival,
          orderId: d.placed ? order!.id : null,
          tariffCode: d.tariff.code,
          tariffLabel: tariffLabel(d.tariff.label, d.price),
          priceCents: d.price.unitCents,
          createdById: who.staffId ?? null,
        })),
      });
      await tx.activityBasketLine.deleteMany({ where: { id: { in: lines.map((l) => l.id) } } });
      await tx.waitingRoomEntry.updateMany({
        where: { openingId, userId: who.userId, admittedAt: null },
        data: { admittedAt: now },
      });
      await recordAudit(tx, {
        actorId: who.staffId ?? who.userId,
        onBehalfOfId: who.userId,
        action: "activity.registered",
        subjectType: "RegistrationOpening",
        subjectId: openingId,
        details: { placed: placed.length, waiting: decided.length - placed.length },
      });
      return { order, placed: placed.length, waiting: decided.length - placed.length };
    },
    { refusals: registrationRefusals, busy: () => new AppError("CONFLICT", activityMessages.busy) },
  );
}

export function tariffLabel(label: string, price: { basis: "day" | "week"; discounted: boolean }) {
  return `${label}, ${price.basis === "week" ? "weekprijs" : "dagprijs"}${price.discounted ? ", broer/zus-korting" : ""}`;
}

export { dateKey };
