// Back-office use cases of the cultural season: create a performance with its seats and tariffs,
// publish it, resize it, sell at the desk, cancel it (refunding every buyer).
import "server-only";
import { randomBytes } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import { ensurePool, setCapacity } from "@/lib/capacity";
import { db } from "@/lib/db";
import { transaction } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";
import { cancelOrder, chooseTransfer } from "@/lib/payments";
import { refundOrder } from "@/lib/payments/refund";
import { settle } from "@/lib/payments/settle";
import { performanceFields, startOf } from "./performance-fields";
import type { PerformanceInput } from "./admin-schema";
import { reserveTickets } from "./commands";
import { tariffCode } from "./tariff-code";
import type { ReservationInput } from "./schema";
import { residentMessages } from "@/lib/residents/messages";
import { ticketMessages } from "./messages";

function slugify(title: string): string {
  const base = title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
  return `${base || "voorstelling"}-${randomBytes(3).toString("hex")}`;
}

export async function createPerformance(
  staffId: string,
  input: PerformanceInput,
  now = new Date(),
): Promise<string> {
  const startsAt = startOf(input);
  if (startsAt <= now) throw new AppError("INVALID_INPUT", ticketMessages.mustBeInFuture);
  const slug = slugify(input.title);
  return transaction(db, async (tx) => {
    const poolId = await ensurePool(tx, `performance:${slug}`, `${input.title} - zitplaatsen`, input.seats);
    const performance = await tx.performance.create({
      data: {
        slug,
        ...performanceFields(input),
        poolId,
      },
    });
    for (const [index, type] of input.types.entries()) {
      const code = tariffCode(type.label, index);
      await tx.ticketType.create({
        data: {
          performanceId: performance.id,
          code,
          label: type.label,
          priceCents: type.priceCents,
          sortOrder: index,
          quotaPoolId: type.quota
            ? await ensurePool(
                tx,
                `ticket-type:${slug}:${code}`,
                `${input.title} - ${type.label}`,
                type.quota,
              )
            : null,
        },
      });
    }
    await recordAudit(tx, {
      actorId: staffId,
      action: "performance.created",
      subjectType: "Performance",
      subjectId: performance.id,
    });
    return performance.id;
  });
}

export async function setPublished(
  staffId: string,
  performanceId: string,
  published: boolean,
): Promise<void> {
  await transaction(db, async (tx) => {
    const updated = await tx.performance.updateMany({
      where: { id: performanceId, cancelledAt: null },
      data: { published },
    });
    if (updated.count === 0) throw new AppError("NOT_FOUND", ticketMessages.performanceNotFoundOrCancelled);
    await recordAudit(tx, {
      actorId: staffId,
      action: published ? "performance.published" : "performance.unpublished",
      subjectType: "Performance",
      subjectId: performanceId,
    });
  });
}

export async function resizePerformance(
  staffId: string,
  performanceId: string,
  seats: number,
): Promise<void> {
  const performance = await db.performance.findUnique({ where: { id: performanceId } });
  if (!performance) throw new AppError("NOT_FOUND", ticketMessages.performanceNotFound);
  await transaction(db, async (tx) => {
    await setCapacity(tx, performance.poolId, seats);
    await recordAudit(tx, {
      actorId: staffId,
      action: "performance.resized",
      subjectType: "Performance",
      subjectId: performanceId,
      details: { seats },
    });
  });
}

export type DeskSale = { method: "DESK_CASH" | "DESK_CARD" | "TRANSFER"; residentId: string | null };

/** Staff sell at the desk or on the phone: the same reservation and capacity rules as online. */
export async function sellAtDesk(staffId: string, input: ReservationInput, sale: DeskSale) {
  if (sale.residentId && !(await db.user.count({ where: { id: sale.residentId } })))
    throw new AppError("NOT_FOUND", residentMessages.residentNotFound);
  const order = await reserveTickets(input, { userId: sale.residentId, soldById: staffId });
  if (order.totalCents === 0) {
    await settle(order.id, { method: "FREE", amountCents: 0, recordedById: staffId }, "Gratis, aan de balie");
  } else if (sale.method === "TRANSFER") {
    const performance = await db.performance.findUniqueOrThrow({ where: { id: input.performanceId } });
    await chooseTransfer(order.id, new Date(Date.now() + performance.transferDays * 86_400_000));
  } else {
    await settle(
      order.id,
      { method: sale.method, amountCents: order.totalCents, recordedById: staffId },
      "Betaald aan de balie",
    );
  }
  await recordAudit(db, {
    actorId: staffId,
    onBehalfOfId: sale.residentId,
    action: "tickets.sold-at-desk",
    subjectType: "Order",
    subjectId: order.id,
  });
  return order;
}

/** Cancels a performance: unpaid orders are cancelled, paid ones refunded, every buyer told. */
export async function cancelPerformance(
  staffId: string,
  performanceId: string,
  reason: string,
): Promise<{ refunded: number; manual: number; cancelled: number }> {
  const performance = await db.performance.findUnique({
    where: { id: performanceId },
    include: { ticketTypes: { select: { id: true } } },
  });
  if (!performance) throw new AppError("NOT_FOUND", ticketMessages.performanceNotFound);
  await transaction(db, async (tx) => {
    await tx.performance.update({
      where: { id: performanceId },
      data: { cancelledAt: performance.cancelledAt ?? new Date(), cancelReason: reason, published: false },
    });
    await recordAudit(tx, {
      actorId: staffId,
      action: "performance.cancelled",
      subjectType: "Performance",
      subjectId: performanceId,
      details: { reason },
    });
  });
  const orders = await db.order.findMany({
    where: {
      lines: { some: { itemType: "ticket", itemId: { in: performance.ticketTypes.map((t) => t.id) } } },
      status: { in: ["PENDING", "PAID"] },
    },
    select: { id: true, status: true },
  });
  const tally = { refunded: 0, manual: 0, cancelled: 0 };
  const why = ticketMessages.performanceCancelledBecause(performance.title, reason);
  for (const order of orders) {
    if (order.status === "PENDING") {
      if (await transaction(db, (tx) => cancelOrder(tx, order.id, why, staffId))) tally.cancelled++;
      continue;
    }
    const result = await refundOrder(order.id, staffId, why);
    if (result.refunded) tally[result.manual ? "manual" : "refunded"]++;
  }
  return tally;
}
