// The staff form for a hall's rental settings: deposit, approval, and per customer category the
// price per unit (empty: not rentable for that category), the booking window and invoicing.
import { z } from "zod";
import { parseEuroToCents } from "@/lib/be/money";

const CATEGORY_CODES = ["RECOGNISED_ASSOCIATION", "LOCAL_ASSOCIATION", "RESIDENT", "EXTERNAL"] as const;

const text = z
  .string()
  .optional()
  .transform((v) => (v ?? "").trim());

const fields: Record<string, typeof text> = {};
for (const code of CATEGORY_CODES) {
  fields[`price_${code}`] = text;
  fields[`window_${code}`] = text;
  fields[`invoice_${code}`] = text;
}

export const hallSettingsSchema = z
  .object({ hallId: z.string().min(1).max(40), deposit: text, requiresApproval: text, ...fields })
  .transform((input, ctx) => {
    const values = input as Record<string, string>;
    const depositCents = values.deposit === "" ? 0 : parseEuroToCents(values.deposit);
    if (depositCents === null || depositCents < 0 || depositCents > 1_000_000)
      ctx.addIssue({
        code: "custom",
        path: ["deposit"],
        message: "Vul een bedrag in euro in, bijvoorbeeld 150.",
      });
    const tariffs = CATEGORY_CODES.map((category) => {
      const price = values[`price_${category}`];
      if (price === "") return { category, unitCents: null, bookingWindowMonths: 0, invoiceAllowed: false };
      const unitCents = parseEuroToCents(price);
      if (unitCents === null || unitCents < 0)
        ctx.addIssue({
          code: "custom",
          path: [`price_${category}`],
          message: "Vul een bedrag in euro in, of laat leeg.",
        });
      const months = Number(values[`window_${category}`] || "6");
      if (!Number.isInteger(months) || months < 1 || months > 36)
        ctx.addIssue({ code: "custom", path: [`window_${category}`], message: "Kies 1 tot 36 maanden." });
      return {
        category,
        unitCents: unitCents ?? 0,
        bookingWindowMonths: months,
        invoiceAllowed: values[`invoice_${category}`] === "on",
      };
    });
    if (tariffs.every((t) => t.unitCents === null))
      ctx.addIssue({
        code: "custom",
        path: [`price_${CATEGORY_CODES[2]}`],
        message: "Geef minstens één categorie een prijs.",
      });
    return {
      hallId: input.hallId,
      depositCents: depositCents ?? 0,
      requiresApproval: values.requiresApproval === "on",
      tariffs,
    };
  });

export type HallSettingsInput = z.output<typeof hallSettingsSchema>;
