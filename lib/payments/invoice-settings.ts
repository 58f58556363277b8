// The invoice terms staff set on /beheer/facturen/instellingen: days until an invoice is due and
// when its two reminders go out (PaymentSettings, one row). A change applies to invoices made from
// then on (the due day is stored on each invoice) and to the next reminder run.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { transaction } from "@/lib/db/tx";
import { readInvoiceTerms } from "./invoice-terms";
import type { InvoiceSettingsInput } from "./schema";

export async function invoiceSettings(): Promise<InvoiceSettingsInput> {
  return readInvoiceTerms(db);
}

export async function updateInvoiceSettings(input: InvoiceSettingsInput, staffId: string): Promise<void> {
  const data = {
    invoiceDueDays: input.dueDays,
    invoiceFirstReminderDays: input.firstReminderDays,
    invoiceSecondReminderDays: input.secondReminderDays,
  };
  await transaction(db, async (tx) => {
    await tx.paymentSettings.upsert({ where: { id: 1 }, update: data, create: { id: 1, ...data } });
    await recordAudit(tx, {
      actorId: staffId,
      action: "invoice.settings-updated",
      subjectType: "PaymentSettings",
      subjectId: "1",
      details: data,
    });
  });
}
