// The one read of the invoice terms (PaymentSettings, one row) with their defaults, for the
// settings page, the reminder job and issuing an invoice inside its transaction. It takes the
// client it reads with, so the demo seed and a transaction use it as well as the app.
import type { Db, Tx } from "@/lib/db/client";
import { DEFAULT_INVOICE_DUE_DAYS, DEFAULT_REMINDER_DAYS } from "./invoice-rules";
import type { InvoiceSettingsInput } from "./schema";

export async function readInvoiceTerms(client: Db | Tx): Promise<InvoiceSettingsInput> {
  const row = await client.paymentSettings.findUnique({ where: { id: 1 } });
  return {
    dueDays: row?.invoiceDueDays ?? DEFAULT_INVOICE_DUE_DAYS,
    firstReminderDays: row?.invoiceFirstReminderDays ?? DEFAULT_REMINDER_DAYS.first,
    secondReminderDays: row?.invoiceSecondReminderDays ?? DEFAULT_REMINDER_DAYS.second,
  };
}
