// Paying by invoice: a method of the payment core for recognised associations. Issuing gives a
// PENDING order an invoice number (per Brussels year, gapless: one upsert on the year's row in
// InvoiceNumberSequence, whose row lock orders concurrent issuers), a due date from
// PaymentSettings.invoiceDueDays and a structured communication, and takes away its expiry: the
// holds are confirmed and the order never lapses. Staff book the payment when it arrives
// (payInvoice, in invoice-payment.ts for the back office), which settles the order like any payment.
// Nothing here reads the app's own client, so the demo seed runs these commands too.
import { recordAudit } from "@/lib/audit/record";
import { confirmHolds } from "@/lib/capacity";
import type { Tx } from "@/lib/db/client";
import { lockRows } from "@/lib/db/tx";
import { AppError, FieldError } from "@/lib/errors";
import { fulfilInvoiced } from "./fulfilment";
import { readInvoiceTerms } from "./invoice-terms";
import { formatInvoiceNumber, invoiceDueOn, invoiceYear } from "./invoice-rules";
import { invoiceIssuedMail } from "./mails";
import { paymentMessages } from "./messages";
import { queueOrderMail } from "./notifications";
import { nextOgmDigits } from "./numbering";
import type { PaidOutcome } from "./orders";
import { settleIn } from "./settle-in";

/** Who asks for the invoice: an officer of the association it is addressed to. */
export type InvoiceRequest = {
  associationId: string;
  officerUserId: string;
  /** The form field a refusal is shown on. */
  field?: string;
  /** False when the caller's own mail already carries the invoice (a hall booking's confirmation). */
  mail?: boolean;
};

export type IssuedInvoice = { number: string; dueOn: string; ogm: string; mailId: string | null };

/** The association, when it is recognised and the user is one of its officers; otherwise a refusal on the field. */
export async function invoiceAddressee(tx: Tx, request: InvoiceRequest) {
  const officer = await tx.associationMember.findFirst({
    where: {
      userId: request.officerUserId,
      associationId: request.associationId,
      role: "MANAGER",
      association: { recognised: true },
    },
    select: { association: { select: { id: true, name: true } } },
  });
  if (!officer)
    throw new FieldError(request.field ?? "payment", paymentMessages.invoiceOnlyForRecognised, "FORBIDDEN");
  return officer.association;
}

/** The next invoice number of the year: the year's row is locked until the caller commits. */
export async function nextInvoiceNumber(tx: Tx, year: number): Promise<string> {
  const [{ last }] = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "InvoiceNumberSequence" (year, last) VALUES (${year}, 1)
    ON CONFLICT (year) DO UPDATE SET last = "InvoiceNumberSequence".last + 1
    RETURNING last`;
  return formatInvoiceNumber(year, last);
}

/** Issues the invoice of a PENDING order inside the caller's transaction; the caller delivers `mailId`. */
export async function issueInvoice(
  tx: Tx,
  orderId: string,
  request: InvoiceRequest,
  now = new Date(),
): Promise<IssuedInvoice> {
  const addressee = await invoiceAddressee(tx, request);
  const [locked] = await lockRows(tx, "Order", [orderId]);
  const order = locked ? await tx.order.findUnique({ where: { id: orderId } }) : null;
  if (!order || order.status !== "PENDING" || order.ogm || order.totalCents === 0)
    throw new AppError("CONFLICT", paymentMessages.invoiceNotPossible);
  if (!(await confirmHolds(tx, order.holdReference, now)))
    throw new AppError("CONFLICT", paymentMessages.invoiceCapacityGone);
  const dueOn = invoiceDueOn(now, (await readInvoiceTerms(tx)).dueDays);
  const number = await nextInvoiceNumber(tx, invoiceYear(now));
  const ogm = await nextOgmDigits(tx);
  await tx.order.update({
    where: { id: orderId },
    data: {
      invoiceNumber: number,
      invoiceAssociationId: addressee.id,
      invoiceAddressee: addressee.name,
      invoicedAt: now,
      invoiceDueOn: new Date(`${dueOn}T00:00:00Z`),
      ogm,
      expiresAt: null,
    },
  });
  await fulfilInvoiced(tx, orderId);
  const mailId =
    request.mail === false
      ? null
      : await queueOrderMail(tx, orderId, (o) => invoiceIssuedMail(o, { number, dueOn, ogm }));
  return { number, dueOn, ogm, mailId };
}

/**
 * Staff book the whole amount of an open invoice in the caller's transaction: settled and audited
 * together (invoice-payment.ts wraps it for the back office); the caller delivers `mailId`.
 */
export async function payInvoice(
  tx: Tx,
  orderId: string,
  staffId: string,
  /** False for the demo seed, which mails nobody. */
  { mail = true }: { mail?: boolean } = {},
): Promise<{ outcome: PaidOutcome; mailId: string | null }> {
  const order = await tx.order.findUnique({
    where: { id: orderId },
    select: { invoiceNumber: true, status: true, totalCents: true, invoiceAssociationId: true },
  });
  if (!order?.invoiceNumber) throw new AppError("NOT_FOUND", paymentMessages.invoiceNotFound);
  if (order.status !== "PENDING") throw new AppError("CONFLICT", paymentMessages.invoiceNotOpen);
  const invoiceNumber = order.invoiceNumber;
  const settled = await settleIn(
    tx,
    orderId,
    { method: "INVOICE", amountCents: order.totalCents, recordedById: staffId },
    `Factuur ${invoiceNumber} betaald`,
    {
      mail,
      alongside: (tx) =>
        recordAudit(tx, {
          actorId: staffId,
          associationId: order.invoiceAssociationId,
          action: "invoice.paid",
          subjectType: "Order",
          subjectId: orderId,
          details: { invoice: invoiceNumber, amountCents: order.totalCents },
        }),
    },
  );
  if (settled.outcome !== "paid" && settled.outcome !== "already-paid")
    throw new AppError("CONFLICT", paymentMessages.invoiceNotOpen);
  return settled;
}
