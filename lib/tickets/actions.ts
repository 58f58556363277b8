"use server";
// Entry points of the ticket shop for buyers (account optional).
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/safe-action";
import { getActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { cancelOrder, chooseTransfer } from "@/lib/payments";
import { settle } from "@/lib/payments/settle";
import { reserveTickets } from "./commands";
import { orderTokenSchema, reservationSchema } from "./schema";
import { hallTransferDeadline } from "@/lib/halls/transfer-deadline";
import { paymentMessages } from "@/lib/payments/messages";
import { ticketMessages } from "./messages";
import { hallMessages } from "@/lib/halls/messages";

export const reserve = formAction({
  schema: reservationSchema,
  guard: getActor,
  run: async (input, actor) => {
    const order = await reserveTickets(input, { userId: actor?.userId ?? null });
    if (order.totalCents === 0) await settle(order.id, { method: "FREE", amountCents: 0 }, "Gratis tickets");
    redirect(`/bestelling/${order.accessToken}`);
  },
});

async function pendingOrder(token: string) {
  const order = await db.order.findUnique({ where: { accessToken: token }, include: { lines: true } });
  if (!order) throw new AppError("NOT_FOUND", paymentMessages.orderNotFound);
  return order;
}

export const payByTransfer = formAction({
  schema: orderTokenSchema,
  guard: getActor,
  run: async ({ token }) => {
    const order = await pendingOrder(token);
    const performance = await db.performance.findFirst({
      where: { ticketTypes: { some: { id: { in: order.lines.map((l) => l.itemId) } } } },
    });
    const days = performance?.transferDays ?? 5;
    let deadline = new Date(Date.now() + days * 86_400_000);
    // A hall order: the transfer must arrive before the booking starts (lib/halls).
    const hallBooking = await db.hallBooking.findUnique({
      where: { orderId: order.id },
      select: { startsAt: true },
    });
    if (hallBooking) {
      const capped = hallTransferDeadline(new Date(), days, hallBooking.startsAt);
      if (!capped) throw new AppError("CONFLICT", hallMessages.transferTooLate);
      deadline = capped;
    }
    if (performance && deadline.getTime() > performance.startsAt.getTime() - 86_400_000) {
      throw new AppError("CONFLICT", ticketMessages.tooCloseForTransfer);
    }
    await db.$transaction((tx) => chooseTransfer(tx, order.id, deadline));
    redirect(`/bestelling/${token}`);
  },
});

export const cancelReservation = formAction({
  schema: orderTokenSchema,
  guard: getActor,
  run: async ({ token }, actor) => {
    const order = await pendingOrder(token);
    await db.$transaction((tx) =>
      cancelOrder(tx, order.id, "Geannuleerd door de koper", actor?.userId ?? null),
    );
    redirect(`/bestelling/${token}`);
  },
});
