// Paying by bank transfer with a Belgian structured communication (OGM). The order stays
// reserved until the transfer deadline, and the buyer gets the bank details by mail; staff (or,
// later, a CODA import) record the money.
import { normalizeOgm } from "@/lib/be/ogm";
import { db } from "@/lib/db";
import { lockRows, transaction } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";
import { deliverQueued } from "@/lib/mail/outbox";
import { transferInstructionsMail } from "./mails";
import { paymentMessages } from "./messages";
import { queueOrderMail } from "./notifications";
import { nextOgmDigits } from "./numbering";
import type { PaidOutcome } from "./orders";
import { recordInvoicePayment } from "./invoice-payment";
import { settle } from "./settle";

/**
 * Gives a pending order its structured communication, keeps it (and its holds) until `deadline`
 * and mails the buyer the account, amount, communication and deadline. Choosing again returns the
 * same communication and mails nothing new.
 */
export async function chooseTransfer(orderId: string, deadline: Date): Promise<string> {
  const { ogm, mailId } = await transaction(db, async (tx) => {
    // Two clicks on "overschrijving" must not give the order two communications.
    const [locked] = await lockRows(tx, "Order", [orderId]);
    const order = locked ? await tx.order.findUnique({ where: { id: orderId } }) : null;
    if (!order || order.status !== "PENDING")
      throw new AppError("CONFLICT", paymentMessages.transferNoLongerPossible);
    if (order.ogm) return { ogm: order.ogm, mailId: null };
    // A free order is confirmed by mail, never kept open for days by choosing a transfer.
    if (order.totalCents === 0) throw new AppError("CONFLICT", paymentMessages.freeNeedsNoPayment);
    const ogm = await nextOgmDigits(tx);
    await tx.order.update({ where: { id: orderId }, data: { ogm, expiresAt: deadline } });
    await tx.capacityHold.updateMany({
      where: { reference: order.holdReference, status: "HELD" },
      data: { expiresAt: deadline },
    });
    const municipality = await tx.municipality.findUniqueOrThrow({
      where: { id: 1 },
      select: { iban: true, bic: true, name: true },
    });
    const account = { iban: municipality.iban, bic: municipality.bic, beneficiary: municipality.name };
    const mailId = await queueOrderMail(tx, orderId, (o) =>
      transferInstructionsMail(o, { ogm, deadline }, account),
    );
    return { ogm, mailId };
  });
  await deliverQueued(db, [mailId]);
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
    select: { id: true, invoiceNumber: true, totalCents: true },
  });
  if (!order) throw new AppError("NOT_FOUND", paymentMessages.noOrderForOgm);
  // An invoice's reference is on the transfer too: booked as the invoice's payment (method, audit).
  if (order.invoiceNumber) {
    if (amountCents !== order.totalCents) throw new AppError("CONFLICT", paymentMessages.amountDiffers);
    return { orderId: order.id, outcome: await recordInvoicePayment(order.id, staffId) };
  }
  const outcome = await settle(
    order.id,
    { method: "TRANSFER", amountCents, recordedById: staffId },
    "Overschrijving ontvangen",
  );
  if (outcome === "amount-mismatch") throw new AppError("CONFLICT", paymentMessages.amountDiffers);
  return { orderId: order.id, outcome };
}
