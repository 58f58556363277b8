"use server";
// Entry points of the order page, whatever the order bought: pay by bank transfer, or cancel an
// open order. The order's unguessable token is the buyer's proof; no account needed.
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/safe-action";
import { getActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { transaction } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";
import { paymentMessages } from "./messages";
import { confirmByMail } from "./confirm-by-mail";
import { cancelOrder } from "./orders";
import { getOrderByToken, orderIdByToken } from "./queries";
import { confirmOrderSchema, orderTokenSchema } from "./schema";
import { chooseTransfer } from "./transfer";
import { transferDeadline } from "./transfer-deadline";

async function orderId(token: string): Promise<string> {
  const id = await orderIdByToken(token);
  if (!id) throw new AppError("NOT_FOUND", paymentMessages.orderNotFound);
  return id;
}

export const payByTransfer = formAction({
  schema: orderTokenSchema,
  guard: getActor,
  run: async ({ token }) => {
    const id = await orderId(token);
    await chooseTransfer(id, await transferDeadline(id));
    redirect(`/bestelling/${token}`);
  },
});

export const cancelReservation = formAction({
  schema: orderTokenSchema,
  guard: getActor,
  run: async ({ token }, actor) => {
    const order = await getOrderByToken(token);
    if (!order) throw new AppError("NOT_FOUND", paymentMessages.orderNotFound);
    const id = order.id;
    // An invoiced order is confirmed: it is cancelled with what it bought (the loan, the booking).
    if (order.invoiceNumber) throw new AppError("CONFLICT", paymentMessages.invoiceCancelWithWhatWasBought);
    await transaction(db, (tx) =>
      cancelOrder(tx, id, paymentMessages.cancelledByBuyer, actor?.userId ?? null),
    );
    redirect(`/bestelling/${token}`);
  },
});

/** The button on the page the confirmation mail links to (a GET never confirms: mail scanners follow links). */
export const confirmFreeOrder = formAction({
  schema: confirmOrderSchema,
  guard: getActor,
  run: async ({ token, code }) => {
    await confirmByMail(token, code);
    redirect(`/bestelling/${token}`);
  },
});
