// Paying by bank transfer with a Belgian structured communication (OGM). The order stays
// reserved until the transfer deadline; staff (or, later, a CODA import) record the money.
import { normalizeOgm } from "@/lib/be/ogm";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { nextOgmDigits } from "./numbering";
import type { PaidOutcome } from "./orders";
import { settle } from "./settle";
import { paymentMessages } from "./messages";

/** Gives a pending order its structured communication and keeps it (and its holds) until `deadline`. */
export async function chooseTransfer(tx: Tx, orderId: string, deadline: Date): Promise<string> {
  const order = await tx.order.findUnique({ where: { id: orderId } });
  if (!order || order.status !== "PENDING")
    throw new AppError("CONFLICT", paymentMessages.transferNoLongerPossible);
  if (order.ogm) return order.ogm;
  const ogm = await nextOgmDigits(tx);
  await tx.order.update({ where: { id: orderId }, data: { ogm, expiresAt: deadline } });
  await tx.capacityHold.updateMany({
    where: { reference: order.holdReference, status: "HELD" },
    data: { expiresAt: deadline },
  });
  return ogm;
}

/** Staff record a transfer that arrived: found by its structured communication, amount checked. */
export async function recordTransfer(
  ogmInput: string,
  amountCents: number,
  staffId: string,
): Promise<{ orderId: string; outcome: PaidOutcome }> {
  const formatted = normalizeOgm(ogmInput);
  if (!formatted) throw new AppError("INVALID_INPUT", paymentMessages.invalidOgm);
  const order = await db.order.findUnique({
    where: { ogm: formatted.replace(/\D/g, "") },
    select: { id: true },
  });
  if (!order) throw new AppError("NOT_FOUND", paymentMessages.noOrderForOgm);
  const outcome = await settle(
    order.id,
    { method: "TRANSFER", amountCents, recordedById: staffId },
    "Overschrijving ontvangen",
  );
  if (outcome === "amount-mismatch") throw new AppError("CONFLICT", paymentMessages.amountDiffers);
  return { orderId: order.id, outcome };
}
