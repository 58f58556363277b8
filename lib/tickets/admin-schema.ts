// Forms of the back office for the cultural season, from the kit's zod building blocks.
import { z } from "zod";
import {
  calendarDate,
  checkbox,
  euroCents,
  oneOf,
  optionalText,
  optionalWholeNumber,
  requiredText,
  wholeNumber,
} from "@/lib/forms/fields";
import { ticketMessages } from "./messages";
import { deskReservationSchema } from "./schema";

/** Empty tariff rows the form offers besides the filled ones (without JavaScript: spare rows). */
export const SPARE_TARIFF_ROWS = 2;
const MAX_TARIFF_ROWS = 12;

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Vul een uur in zoals 20:00.");
const id = z.string().trim().min(1).max(40);

const price = euroCents({ message: "Geef een prijs zoals 12,50." });
const quota = wholeNumber({ min: 1, max: 20000, message: "Geef een aantal of laat leeg." });

/**
 * One tariff row (`types.<n>.label`, `.price`, `.quota`, and `.id` for a tariff that exists). A row
 * left empty is no tariff; an existing one emptied (or removed) is retired by updatePerformance.
 * Checked per row, so its mistakes show together with those of the other fields.
 */
const tariffRow = z
  .object({
    id: optionalText({ max: 40 }),
    label: optionalText({ max: 60 }),
    price: optionalText({ max: 30 }),
    quota: optionalText({ max: 10 }),
  })
  .transform((row, ctx): TariffRow | null => {
    if (!row.label && !row.price) return null;
    if (!row.label) ctx.addIssue({ code: "custom", path: ["label"], message: "Geef dit tarief een naam." });
    const cents = price.safeParse(row.price ?? "");
    if (!cents.success)
      ctx.addIssue({ code: "custom", path: ["price"], message: cents.error.issues[0]!.message });
    const max = row.quota ? quota.safeParse(row.quota) : null;
    if (max && !max.success)
      ctx.addIssue({ code: "custom", path: ["quota"], message: max.error.issues[0]!.message });
    return {
      id: row.id ?? null,
      label: row.label ?? "",
      priceCents: cents.success ? cents.data : 0,
      quota: max?.success ? max.data : null,
    };
  });

export type TariffRow = { id: string | null; label: string; priceCents: number; quota: number | null };

/** The performance form, for creating and for editing. */
export const performanceSchema = z
  .object({
    title: requiredText("Geef een titel.", { min: 2, max: 120 }),
    subtitle: optionalText({ max: 160 }).transform((v) => v ?? null),
    description: requiredText("Beschrijf de voorstelling in minstens 10 tekens.", { min: 10, max: 4000 }),
    venueName: requiredText("Geef de zaal.", { min: 2, max: 120 }),
    venueAddress: requiredText("Geef het adres van de zaal.", { min: 5, max: 200 }),
    date: calendarDate("Kies de datum van de voorstelling."),
    time,
    durationMinutes: optionalText({ max: 10 })
      .transform((v) => (v ? Number(v) : null))
      .refine((v) => v === null || (Number.isInteger(v) && v > 0 && v <= 600), "Geef de duur in minuten."),
    seats: wholeNumber({ min: 1, max: 20000, message: "Geef het aantal plaatsen (1 tot 20.000)." }),
    salesStartDate: calendarDate("Kies wanneer de verkoop start."),
    holdMinutes: optionalWholeNumber({ min: 5, max: 60, message: "Kies 5 tot 60 minuten.", fallback: 10 }),
    transferDays: optionalWholeNumber({ min: 0, max: 30, message: "Kies 0 tot 30 dagen.", fallback: 5 }),
    maxTicketsPerOrder: optionalWholeNumber({
      min: 1,
      max: 10,
      message: "Kies 1 tot 10 tickets.",
      fallback: 10,
    }),
    maxTicketsPerBuyer: optionalWholeNumber({
      min: 1,
      max: 100,
      message: "Kies 1 tot 100 tickets.",
      fallback: 10,
    }),
    published: checkbox(),
    types: z.array(tariffRow).max(MAX_TARIFF_ROWS).prefault([]),
  })
  .transform((input, ctx) => {
    const types = input.types.filter((row): row is TariffRow => row !== null);
    if (types.length === 0)
      ctx.addIssue({ code: "custom", path: ["types", 0, "label"], message: "Geef minstens één tarief." });
    if (input.salesStartDate > input.date)
      ctx.addIssue({
        code: "custom",
        path: ["salesStartDate"],
        message: "De verkoop moet starten voor de voorstelling.",
      });
    if (input.maxTicketsPerBuyer < input.maxTicketsPerOrder)
      ctx.addIssue({
        code: "custom",
        path: ["maxTicketsPerBuyer"],
        message: "Een koper moet minstens één volle bestelling kunnen doen.",
      });
    return { ...input, types };
  });

export type PerformanceInput = z.output<typeof performanceSchema>;

export const performanceEditSchema = performanceSchema.and(z.object({ performanceId: id }));

export const idSchema = z.object({ id });

export const publishSchema = idSchema.extend({
  published: oneOf(["true", "false"], "Kies of de voorstelling online staat."),
});

export const resizeSchema = idSchema.extend({
  seats: wholeNumber({ min: 1, max: 20000, message: ticketMessages.seatsMissing }),
});

export const reasonSchema = idSchema.extend({
  reason: requiredText(ticketMessages.reasonMissing, { min: 5, max: 300 }),
});

export const transferReceivedSchema = z.object({
  ogm: requiredText(ticketMessages.ogmMissing, { min: 12, max: 40 }),
  amount: euroCents({ min: 1, message: ticketMessages.amountMissing }),
});

export const deskSaleMethods = ["DESK_CASH", "DESK_CARD", "TRANSFER"] as const;

/** A desk sale: the reservation (buyer e-mail optional), how it is paid and for which resident. */
export const deskSaleSchema = deskReservationSchema
  .and(
    z.object({
      method: oneOf(deskSaleMethods, ticketMessages.choosePayment),
      residentId: optionalText({ max: 40 }).transform((v) => v ?? null),
    }),
  )
  .superRefine((input, ctx) => {
    if (input.method === "TRANSFER" && !input.buyerEmail)
      ctx.addIssue({ code: "custom", path: ["buyerEmail"], message: ticketMessages.emailForDeskTransfer });
  })
  .transform(({ method, residentId, ...reservation }) => ({ reservation, payment: { method, residentId } }));
