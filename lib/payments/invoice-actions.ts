"use server";
// The back office's entry points for invoices: "Betaling ontvangen" books the whole amount of an
// open invoice, and the invoice terms (due days, reminders) are set. Guarded by leisure:manage, the
// permission of the services that invoice: halls and the uitleendienst's staff share it.
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/safe-action";
import { requireStaff } from "@/lib/auth/guards";
import { recordInvoicePayment } from "./invoice-payment";
import { paymentMessages } from "./messages";
import { updateInvoiceSettings } from "./invoice-settings";
import { invoicePaidSchema, invoiceSettingsSchema } from "./schema";

export const invoicePaidAction = formAction({
  schema: invoicePaidSchema,
  guard: () => requireStaff("leisure:manage"),
  run: async ({ orderId }, actor) => {
    const outcome = await recordInvoicePayment(orderId, actor.userId);
    revalidatePath("/beheer/facturen");
    return { message: outcome === "paid" ? paymentMessages.invoicePaid : paymentMessages.alreadyPaid };
  },
});

export const invoiceSettingsAction = formAction({
  schema: invoiceSettingsSchema,
  guard: () => requireStaff("leisure:manage"),
  run: async (input, actor) => {
    await updateInvoiceSettings(input, actor.userId);
    revalidatePath("/beheer/facturen", "layout");
    return null;
  },
});
