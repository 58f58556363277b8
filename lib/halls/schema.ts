// The booking form, shared by the browser (ActionForm) and the server actions. The server checks
// what only it can know (past, booking window, opening hours, membership, availability) in
// lib/halls/prepare.ts and answers with an error next to the field.
import { z } from "zod";
import { calendarDateSchema } from "@/lib/be/calendar-date";
import { parseEuroToCents } from "@/lib/be/money";
import { hallMessages } from "./messages";

export const MAX_SERIES_WEEKS = 26;

const list = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter((s) => s !== ""));

const clock = z
  .string()
  .optional()
  .transform((v) => v ?? "");

export const bookingSchema = z
  .object({
    hallId: z.string().min(1, hallMessages.hallNotFound).max(40),
    unit: z.enum(["DAY_PART", "HOURLY"]),
    date: calendarDateSchema("Kies een datum."),
    dayParts: list,
    from: clock,
    until: clock,
    bookFor: z.string().min(1, "Kies voor wie je reserveert.").max(40),
    purpose: z
      .string()
      .trim()
      .min(3, "Beschrijf kort waarvoor je de zaal gebruikt.")
      .max(200, "Houd het kort (maximaal 200 tekens)."),
    weeks: z
      .string()
      .optional()
      .transform((v, ctx) => {
        const n = v === undefined || v.trim() === "" ? 1 : Number(v);
        if (!Number.isInteger(n) || n < 1 || n > MAX_SERIES_WEEKS) {
          ctx.addIssue({ code: "custom", message: `Kies een aantal weken van 1 tot ${MAX_SERIES_WEEKS}.` });
          return z.NEVER;
        }
        return n;
      }),
    invoiceLater: z
      .string()
      .optional()
      .transform((v) => v === "on" || v === "true"),
  })
  .superRefine((input, ctx) => {
    if (input.unit === "DAY_PART" && input.dayParts.length === 0)
      ctx.addIssue({ code: "custom", path: ["dayParts"], message: "Kies minstens één dagdeel." });
    if (input.unit === "HOURLY") {
      const re = /^([01]\d|2[0-4]):00$/;
      if (!re.test(input.from))
        ctx.addIssue({ code: "custom", path: ["from"], message: hallMessages.chooseStartHour });
      if (!re.test(input.until))
        ctx.addIssue({ code: "custom", path: ["until"], message: hallMessages.chooseEndHour });
      if (re.test(input.from) && re.test(input.until) && input.until <= input.from)
        ctx.addIssue({
          code: "custom",
          path: ["until"],
          message: hallMessages.endBeforeStart,
        });
    }
  });

export type BookingInput = z.output<typeof bookingSchema>;

/** The same fields as URL search parameters, for the review page between the form and the booking. */
export function bookingToSearch(input: BookingInput): string {
  const params = new URLSearchParams({
    hallId: input.hallId,
    unit: input.unit,
    date: input.date,
    from: input.from,
    until: input.until,
    bookFor: input.bookFor,
    purpose: input.purpose,
    weeks: String(input.weeks),
    invoiceLater: input.invoiceLater ? "on" : "",
  });
  for (const part of input.dayParts) params.append("dayParts", part);
  return params.toString();
}

export const bookingIdSchema = z.object({ bookingId: z.string().min(1).max(40) });

export const seriesIdSchema = z.object({ seriesId: z.string().min(1).max(40) });

export const refuseSchema = z.object({
  bookingId: z.string().min(1).max(40),
  reason: z
    .string()
    .trim()
    .min(5, "Geef de aanvrager een reden (minstens 5 tekens).")
    .max(500, "Maximaal 500 tekens."),
});

export const depositSchema = z
  .object({
    bookingId: z.string().min(1).max(40),
    kept: z
      .string()
      .trim()
      .optional()
      .transform((v) => v ?? ""),
    reason: z
      .string()
      .trim()
      .max(500, "Maximaal 500 tekens.")
      .optional()
      .transform((v) => v ?? ""),
  })
  .transform((input, ctx) => {
    const keptCents = input.kept === "" ? 0 : parseEuroToCents(input.kept);
    if (keptCents === null || keptCents < 0) {
      ctx.addIssue({
        code: "custom",
        path: ["kept"],
        message: "Vul een bedrag in euro in, bijvoorbeeld 50 of 37,50.",
      });
      return z.NEVER;
    }
    if (keptCents > 0 && input.reason.length < 5) {
      ctx.addIssue({
        code: "custom",
        path: ["reason"],
        message: hallMessages.depositReasonMissing,
      });
      return z.NEVER;
    }
    return { bookingId: input.bookingId, keptCents, reason: input.reason };
  });

/** Staff booking at the desk: the booking form plus whom it is for. */
export const deskBookingSchema = z
  .object({
    residentEmail: z.string().trim().toLowerCase().email("Vul het e-mailadres van de inwoner in."),
  })
  .and(bookingSchema);
