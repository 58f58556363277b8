// Forms of the back office for the cultural season.
import { z } from "zod";
import { calendarDateSchema } from "@/lib/be/calendar-date";
import { parseEuroToCents } from "@/lib/be/money";

/** Empty tariff rows the form offers for new tariffs; the schema reads every row it is sent, up to MAX_TYPE_ROWS. */
export const TYPE_ROWS = 4;
const MAX_TYPE_ROWS = 12;

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Vul een uur in zoals 20:00.");
const whole = (min: number, max: number, message: string) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, message)
    .transform(Number)
    .refine((n) => n >= min && n <= max, message);

/** The performance's own fields; tariff rows (`typeLabel_<n>`, …) are read separately below. */
const performanceFields = z.object({
  title: z.string().trim().min(2, "Geef een titel.").max(120, "Deze titel is te lang."),
  subtitle: z
    .string()
    .trim()
    .max(160, "Deze ondertitel is te lang.")
    .optional()
    .transform((v) => v || null),
  description: z
    .string()
    .trim()
    .min(10, "Beschrijf de voorstelling in minstens 10 tekens.")
    .max(4000, "Deze beschrijving is te lang."),
  venueName: z.string().trim().min(2, "Geef de zaal.").max(120),
  venueAddress: z.string().trim().min(5, "Geef het adres van de zaal.").max(200),
  date: calendarDateSchema("Kies de datum van de voorstelling."),
  time,
  durationMinutes: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? Number(v) : null))
    .refine((v) => v === null || (Number.isInteger(v) && v > 0 && v <= 600), "Geef de duur in minuten."),
  seats: whole(1, 20000, "Geef het aantal plaatsen (1 tot 20.000)."),
  salesStartDate: calendarDateSchema("Kies wanneer de verkoop start."),
  holdMinutes: whole(5, 60, "Kies 5 tot 60 minuten.").default(10),
  transferDays: whole(0, 30, "Kies 0 tot 30 dagen.").default(5),
  published: z
    .string()
    .optional()
    .transform((v) => v === "on"),
});

const TYPE_ROW_FIELD = /^type(Id|Label|Price|Quota)_\d+$/;

export type TariffRow = { id: string | null; label: string; priceCents: number; quota: number | null };

/**
 * The performance form, for creating and for editing. Tariff rows are `typeLabel_<n>`, `typePrice_<n>`,
 * `typeQuota_<n>` and, for a tariff that already exists, `typeId_<n>`. Emptying an existing row
 * retires that tariff: it is no longer sold, tickets already sold stay valid.
 */
export const performanceSchema = performanceFields.catchall(z.string()).transform((input, ctx) => {
  const types: TariffRow[] = [];
  const retired: string[] = [];
  for (let i = 0; i < MAX_TYPE_ROWS; i++) {
    const id = (input[`typeId_${i}`] ?? "").trim() || null;
    const label = (input[`typeLabel_${i}`] ?? "").trim();
    const price = (input[`typePrice_${i}`] ?? "").trim();
    const quota = (input[`typeQuota_${i}`] ?? "").trim();
    if (!label && !price) {
      if (id) retired.push(id);
      continue;
    }
    const priceCents = parseEuroToCents(price);
    if (!label)
      ctx.addIssue({ code: "custom", path: [`typeLabel_${i}`], message: "Geef dit tarief een naam." });
    if (priceCents === null || priceCents < 0)
      ctx.addIssue({ code: "custom", path: [`typePrice_${i}`], message: "Geef een prijs zoals 12,50." });
    if (quota && !/^\d+$/.test(quota))
      ctx.addIssue({ code: "custom", path: [`typeQuota_${i}`], message: "Geef een aantal of laat leeg." });
    types.push({ id, label, priceCents: priceCents ?? 0, quota: quota ? Number(quota) : null });
  }
  if (types.length === 0)
    ctx.addIssue({ code: "custom", path: ["typeLabel_0"], message: "Geef minstens één tarief." });
  if (input.salesStartDate > input.date)
    ctx.addIssue({
      code: "custom",
      path: ["salesStartDate"],
      message: "De verkoop moet starten voor de voorstelling.",
    });
  const fields = Object.fromEntries(Object.entries(input).filter(([key]) => !TYPE_ROW_FIELD.test(key)));
  return { ...(fields as z.output<typeof performanceFields>), types, retired };
});

export type PerformanceInput = z.output<typeof performanceSchema>;

export const performanceEditSchema = performanceSchema.and(
  z.object({ performanceId: z.string().min(1).max(40) }),
);

export const idSchema = z.object({ id: z.string().min(1).max(40) });

export const reasonSchema = z.object({
  id: z.string().min(1).max(40),
  reason: z
    .string()
    .trim()
    .min(5, "Geef een reden; de kopers krijgen ze te lezen.")
    .max(300, "Deze reden is te lang."),
});

export const transferReceivedSchema = z.object({
  ogm: z.string().trim().min(12, "Vul de gestructureerde mededeling in."),
  amount: z
    .string()
    .trim()
    .transform((v, ctx) => {
      const cents = parseEuroToCents(v);
      if (cents === null || cents <= 0) {
        ctx.addIssue({ code: "custom", message: "Vul het ontvangen bedrag in, zoals 32,00." });
        return z.NEVER;
      }
      return cents;
    }),
});

export const deskSaleMethods = ["DESK_CASH", "DESK_CARD", "TRANSFER"] as const;
const deskPaymentSchema = z.object({
  method: z.enum(deskSaleMethods, { message: "Kies hoe er betaald wordt." }),
  residentId: z
    .string()
    .max(40)
    .optional()
    .transform((v) => v || null),
});

/** A desk sale: the public reservation form plus how it is paid and for which resident. */
export function deskSaleSchema<R extends z.ZodType>(reservation: R) {
  return z.record(z.string(), z.string()).transform((input, ctx) => {
    const parsed = [reservation.safeParse(input), deskPaymentSchema.safeParse(input)] as const;
    for (const result of parsed)
      if (!result.success)
        for (const issue of result.error.issues)
          ctx.addIssue({ ...issue, code: "custom", message: issue.message });
    if (!parsed[0].success || !parsed[1].success) return z.NEVER;
    const buyer = parsed[0].data as { buyerEmail: string | null };
    if (parsed[1].data.method === "TRANSFER" && !buyer.buyerEmail) {
      ctx.addIssue({
        code: "custom",
        path: ["buyerEmail"],
        message:
          "Voor een overschrijving is een e-mailadres nodig: daar komen de betaalgegevens en de tickets.",
      });
      return z.NEVER;
    }
    return { reservation: parsed[0].data as z.output<R>, payment: parsed[1].data };
  });
}
