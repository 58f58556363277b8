import { z } from "zod";

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
