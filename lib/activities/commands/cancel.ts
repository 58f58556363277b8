// A parent cancels a registration. Unpaid (HELD): the order is cancelled, with every place it held.
// Paid (CONFIRMED) until the deadline (activity.cancelDays before the start): that child's place is
// given back (releasePart on the order's hold) and the price minus the activity's fee is refunded
// through the payment core (key activity-cancel:<id>, once). WAITING or OFFERED: the child leaves
// the list (an offered place is given back). The freed place is offered to the waiting list at once.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { formatDateKey } from "@/lib/be/calendar-date";
import { releaseHolds, releasePart } from "@/lib/capacity";
import { db as appDb } from "@/lib/db";
import type { Db } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";
import { cancelOrder } from "@/lib/payments";
import { refundPart } from "@/lib/payments/part-refund";
import { activityMessages } from "../messages";
import { cancelDeadline } from "../rules";
import { dateKey } from "./load";
import { offerFreedPlaces } from "./offers";
import type { Who } from "./register";

/** What cancelling costs and gives back, as the ConfirmAction states it. */
export function cancelTerms(r: { priceCents: number; status: string }, fee: number) {
  const feeCents = r.status === "CONFIRMED" ? Math.min(fee, r.priceCents) : 0;
  return { feeCents, refundCents: r.status === "CONFIRMED" ? r.priceCents - feeCents : 0 };
}

export async function cancelRegistration(
  registrationId: string,
  who: Who,
  { db = appDb, now = new Date() }: { db?: Db; now?: Date } = {},
) {
  const r = await db.activityRegistration.findFirst({
    where: { id: registrationId, userId: who.userId },
    include: { session: { include: { activity: true } } },
  });
  if (!r) throw new AppError("NOT_FOUND", activityMessages.registrationNotFound);
  const deadline = cancelDeadline(dateKey(r.session.startDate), r.session.activity.cancelDays);
  if (r.status === "CONFIRMED" && dateKey(now) > deadline && !who.staffId)
    throw new AppError("CONFLICT", activityMessages.cancelTooLate(formatDateKey(deadline)));
  const terms = cancelTerms(r, r.session.activity.cancelFeeCents);
  const order = r.orderId ? await db.order.findUnique({ where: { id: r.orderId } }) : null;
  await transaction(db, async (tx) => {
    const moved = await tx.activityRegistration.updateMany({
      where: { id: r.id, status: r.status },
      data: { status: "CANCELLED", cancelledAt: now, offerTokenHash: null },
    });
    if (moved.count === 0 || !["HELD", "CONFIRMED", "WAITING", "OFFERED"].includes(r.status))
      throw new AppError("CONFLICT", activityMessages.cannotCancel);
    if (r.status === "HELD" && order) {
      await cancelOrder(tx, order.id, "Inschrijving geannuleerd", who.staffId ?? who.userId);
      await tx.activityRegistration.updateMany({
        where: { orderId: order.id, status: "HELD" },
        data: { status: "CANCELLED", cancelledAt: now },
      });
    }
    if (r.status === "CONFIRMED" && order) await releasePart(tx, order.holdReference, r.session.poolId, 1);
    if (r.status === "OFFERED") await releaseHolds(tx, `offer:${r.id}`);
    await recordAudit(tx, {
      actorId: who.staffId ?? who.userId,
      onBehalfOfId: who.userId,
      action: "activity.cancelled",
      subjectType: "ActivityRegistration",
      subjectId: r.id,
      details: terms,
    });
  });
  if (terms.refundCents > 0 && order)
    await refundPart({
      orderId: order.id,
      key: `activity-cancel:${r.id}`,
      amountCents: terms.refundCents,
      reason: "Inschrijving voor een activiteit geannuleerd",
      actorId: who.staffId ?? who.userId,
    });
  await offerFreedPlaces(db, r.sessionId, now);
  return terms;
}
