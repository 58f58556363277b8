// Creating orders and moving them through their states. Pure database work: createOrder is one
// statement (of its own, or of the caller's transaction), the other steps run inside the caller's
// transaction. Calls to Stripe
// happen outside any transaction (lib/payments/stripe).
import { Prisma, type Order, type OrderLine } from "@/generated/prisma/client";
import type { OrderStatus, PaymentMethod } from "@/generated/prisma/enums";
import {
  type Alongside,
  confirmHolds,
  type Guard,
  type HoldRequest,
  releaseHolds,
  takeHolds,
} from "@/lib/capacity";
import { lockRows } from "@/lib/db/tx";
import type { Db, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { randomBase64url, randomHex } from "@/lib/random";
import { orderWrites } from "./create-order-sql";
import { canMove } from "./order-status";
import { paymentMessages } from "./messages";

export type OrderLineInput = {
  itemType: string;
  itemId: string;
  description: string;
  quantity: number;
  unitCents: number;
  tariffCode: string;
  tariffLabel: string;
};

export type NewOrder = {
  buyer: { userId: string | null; name: string; email: string | null };
  soldById?: string | null;
  lines: OrderLineInput[];
  holds: HoldRequest[];
  expiresAt: Date;
  /** The caller's condition, checked in the same statement (see takeHolds); nothing is written when it fails. */
  guard?: Guard;
};

const newId = (prefix: string) => `${prefix}${randomHex(12)}`;

/** The order's writes and the caller's (`also`, which may use `(SELECT id FROM ord)`) in one statement. */
function withAlso(writes: Alongside, also: Alongside | undefined): Alongside {
  if (!also) return writes;
  return {
    ctes: Prisma.sql`${writes.ctes}, ${also.ctes}`,
    result: Prisma.sql`${writes.result}, ${also.result}`,
  };
}

/**
 * Writes the order, its lines and history and takes its capacity: both or neither, as one
 * statement of the capacity engine (takeHolds with the order alongside, see create-order-sql.ts).
 * Throws CapacityUnavailable, with its Dutch message, when a pool has no room.
 */
export async function createOrder(db: Db | Tx, input: NewOrder, now = new Date(), also?: Alongside) {
  if (input.lines.length === 0) throw new AppError("INVALID_INPUT", paymentMessages.emptyOrder);
  const order = {
    id: newId("ord_"),
    holdReference: `order:${randomHex(12)}`,
    buyerUserId: input.buyer.userId,
    buyerName: input.buyer.name,
    buyerEmail: input.buyer.email,
    soldById: input.soldById ?? null,
    totalCents: input.lines.reduce((sum, l) => sum + l.quantity * l.unitCents, 0),
    expiresAt: input.expiresAt,
    accessToken: randomBase64url(24),
  };
  const history = { id: newId("osc_"), actorId: input.soldById ?? input.buyer.userId };
  const lines = input.lines.map((l) => ({ ...l, id: newId("oln_") }));
  const { number } = await takeHolds<{ number: string }>(
    db,
    {
      reference: order.holdReference,
      holds: input.holds,
      expiresAt: input.expiresAt,
      now,
      guard: input.guard,
    },
    withAlso(orderWrites(order, history, lines, now), also),
  );
  // Built from what was just written rather than read back: one round trip less per buyer.
  const created: Order & { lines: OrderLine[] } = {
    ...order,
    number,
    status: "PENDING",
    currency: "EUR",
    ogm: null,
    confirmHash: null,
    paidAt: null,
    invoiceNumber: null,
    invoiceAssociationId: null,
    invoiceAddressee: null,
    invoicedAt: null,
    invoiceDueOn: null,
    invoiceReminders: 0,
    invoiceRemindedAt: null,
    createdAt: now,
    updatedAt: now,
    lines: lines.map((l) => ({ ...l, orderId: order.id, totalCents: l.quantity * l.unitCents })),
  };
  return created;
}

/**
 * Moves an order from one of `from` to `to`, or does nothing when it is not in one of them
 * (a repeated or late event). Returns whether it moved. Never moves backward.
 */
export async function moveOrder(
  tx: Tx,
  orderId: string,
  from: OrderStatus[],
  to: OrderStatus,
  reason: string,
  actorId: string | null = null,
): Promise<boolean> {
  const allowed = from.filter((f) => canMove(f, to));
  const current = await tx.order.findUnique({ where: { id: orderId }, select: { status: true } });
  if (!current || !allowed.includes(current.status)) return false;
  const moved = await tx.order.updateMany({
    where: { id: orderId, status: current.status },
    data: { status: to, ...(to === "PAID" ? { paidAt: new Date() } : {}) },
  });
  if (moved.count === 0) return false;
  await tx.orderStatusChange.create({ data: { orderId, from: current.status, to, reason, actorId } });
  return true;
}

export type PaymentRecord = {
  method: PaymentMethod;
  amountCents: number;
  providerRef?: string | null;
  recordedById?: string | null;
};

export type PaidOutcome = "paid" | "already-paid" | "capacity-gone" | "amount-mismatch" | "not-payable";

/**
 * Records a successful payment and confirms the order's capacity. Idempotent: a second call with
 * the same providerRef, or for an order already paid, changes nothing. When the holds lapsed and
 * the capacity is gone, the payment is recorded and the caller must refund it.
 */
export async function markPaid(
  tx: Tx,
  orderId: string,
  payment: PaymentRecord,
  reason: string,
): Promise<PaidOutcome> {
  // Serialise everything that converges this order (duplicate webhooks, staff clicking twice).
  if ((await lockRows(tx, "Order", [orderId])).length === 0)
    throw new AppError("NOT_FOUND", paymentMessages.orderNotFound);
  const order = await tx.order.findUniqueOrThrow({ where: { id: orderId } });
  if (
    payment.providerRef &&
    (await tx.payment.count({ where: { providerRef: payment.providerRef, status: "SUCCEEDED" } }))
  )
    return "already-paid";
  if (order.status === "PAID") return "already-paid";
  if (order.status !== "PENDING" && order.status !== "EXPIRED") return "not-payable";
  if (payment.amountCents !== order.totalCents) return "amount-mismatch";
  const data = {
    method: payment.method,
    amountCents: payment.amountCents,
    recordedById: payment.recordedById ?? null,
    status: "SUCCEEDED" as const,
  };
  if (payment.providerRef) {
    await tx.payment.upsert({
      where: { providerRef: payment.providerRef },
      update: data,
      create: { ...data, orderId, providerRef: payment.providerRef },
    });
  } else {
    await tx.payment.create({ data: { ...data, orderId } });
  }
  if (!(await confirmHolds(tx, order.holdReference))) return "capacity-gone";
  await moveOrder(tx, orderId, ["PENDING", "EXPIRED"], "PAID", reason, payment.recordedById ?? null);
  return "paid";
}

/** Cancels an unpaid order and gives its capacity back. */
export async function cancelOrder(
  tx: Tx,
  orderId: string,
  reason: string,
  actorId: string | null,
): Promise<boolean> {
  const order = await tx.order.findUnique({ where: { id: orderId }, select: { holdReference: true } });
  if (!order) return false;
  const moved = await moveOrder(tx, orderId, ["PENDING"], "CANCELLED", reason, actorId);
  if (moved) await releaseHolds(tx, order.holdReference);
  return moved;
}

/** Marks a paid (or late-paid, lapsed) order refunded and gives its capacity back. */
export async function markRefunded(
  tx: Tx,
  orderId: string,
  reason: string,
  actorId: string | null,
  refundRef?: string,
): Promise<boolean> {
  const order = await tx.order.findUnique({ where: { id: orderId }, select: { holdReference: true } });
  if (!order) return false;
  const moved = await moveOrder(tx, orderId, ["PAID", "EXPIRED"], "REFUNDED", reason, actorId);
  if (!moved) return false;
  await releaseHolds(tx, order.holdReference);
  await tx.payment.updateMany({
    where: { orderId, status: "SUCCEEDED" },
    data: { status: "REFUNDED", refundRef: refundRef ?? null },
  });
  return true;
}
