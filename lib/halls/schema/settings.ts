// A hall's rental settings: deposit, approval, and per customer category its price, booking window
// and invoicing, posted as `tariffs.<category>.price`, `.months` and `.invoice`. An empty price
// means the category cannot rent the hall.
import { z } from "zod";
import { HallCustomerCategory } from "@/generated/prisma/enums";
import { checkbox, optionalWholeNumber, requiredText } from "@/lib/forms/fields";
import { hallMessages } from "../messages";
import { optionalEuro } from "./hall-facts";

const CATEGORIES = Object.values(HallCustomerCategory);

const tariff = z
  .object({
    price: z
      .string()
      .max(30)
      .optional()
      .transform((v) => v?.trim() ?? ""),
    months: optionalWholeNumber({ min: 1, max: 36, fallback: 6, message: "Kies 1 tot 36 maanden." }),
    invoice: checkbox(),
  })
  .prefault({});

export const hallSettingsSchema = z
  .object({
    hallId: requiredText(hallMessages.hallNotFound, { max: 40 }),
    deposit: optionalEuro("Vul een bedrag in euro in, bijvoorbeeld 150."),
    requiresApproval: checkbox(),
    tariffs: z.object(Object.fromEntries(CATEGORIES.map((c) => [c, tariff]))).prefault({}),
  })
  .transform((input, ctx) => {
    const tariffs = CATEGORIES.map((category) => {
      const t = input.tariffs[category]!;
      if (t.price === "") return { category, unitCents: null, bookingWindowMonths: 0, invoiceAllowed: false };
      const unitCents = optionalEuro("").safeParse(t.price);
      if (!unitCents.success)
        ctx.addIssue({
          code: "custom",
          path: ["tariffs", category, "price"],
          message: "Vul een bedrag in euro in, of laat leeg.",
        });
      return {
        category,
        unitCents: unitCents.data ?? 0,
        bookingWindowMonths: t.months,
        invoiceAllowed: t.invoice,
      };
    });
    if (tariffs.every((t) => t.unitCents === null))
      ctx.addIssue({
        code: "custom",
        path: ["tariffs", "RESIDENT", "price"],
        message: "Geef minstens één categorie een prijs.",
      });
    return {
      hallId: input.hallId,
      depositCents: input.deposit,
      requiresApproval: input.requiresApproval,
      tariffs,
    };
  });

export type HallSettingsInput = z.output<typeof hallSettingsSchema>;
