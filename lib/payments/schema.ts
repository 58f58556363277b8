import { z } from "zod";
import { wholeNumber } from "@/lib/forms/fields";

/** The order page's forms name the order by its token. */
export const orderTokenSchema = z.object({ token: z.string().min(20).max(64) });

/** The confirmation of a free order: the order's token and the code from its mail. */
export const confirmOrderSchema = orderTokenSchema.extend({
  code: z
    .string()
    .regex(
      /^[A-Za-z0-9_-]{27}$/,
      "Deze bevestigingslink is niet (meer) geldig. Gebruik de link uit je laatste e-mail.",
    ),
});

/** Staff book the payment of an invoice: the order it belongs to. */
export const invoicePaidSchema = z.object({
  orderId: z.string().min(1, "Deze factuur bestaat niet.").max(40, "Deze factuur bestaat niet."),
});

/** The invoice terms staff set (/beheer/facturen/instellingen), in days. */
export const invoiceSettingsSchema = z.object({
  dueDays: wholeNumber({ min: 7, max: 90, message: "Kies een termijn van 7 tot 90 dagen." }),
  firstReminderDays: wholeNumber({ min: 1, max: 60, message: "Kies 1 tot 60 dagen na de vervaldag." }),
  secondReminderDays: wholeNumber({
    min: 1,
    max: 90,
    message: "Kies 1 tot 90 dagen na de eerste herinnering.",
  }),
});

export type InvoiceSettingsInput = z.output<typeof invoiceSettingsSchema>;
