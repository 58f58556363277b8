// The booking form, shared by the browser (the form kit) and the server actions. The server checks
// what only it can know (past, booking window, opening hours, membership, availability) in
// commands/prepare.ts and answers with an error next to the field.
import { z } from "zod";
import {
  calendarDate,
  checkbox,
  choices,
  oneOf,
  optionalText,
  optionalWholeNumber,
  requiredText,
} from "@/lib/forms/fields";
import { hallMessages } from "../messages";

export const MAX_SERIES_WEEKS = 26;

const WHOLE_HOUR = /^([01]\d|2[0-4]):00$/;
const clock = optionalText({ max: 5 }).transform((v) => v ?? "");
const id = (message: string) => requiredText(message, { max: 40 });

export const bookingSchema = z
  .object({
    hallId: id(hallMessages.hallNotFound),
    unit: oneOf(["DAY_PART", "HOURLY"], hallMessages.rentalUnitChanged),
    date: calendarDate("Kies een datum."),
    dayParts: choices(),
    from: clock,
    until: clock,
    bookFor: id("Kies voor wie je reserveert."),
    purpose: requiredText("Beschrijf kort waarvoor je de zaal gebruikt.", { min: 3, max: 200 }),
    weeks: optionalWholeNumber({
      min: 1,
      max: MAX_SERIES_WEEKS,
      fallback: 1,
      message: `Kies een aantal weken van 1 tot ${MAX_SERIES_WEEKS}.`,
    }),
    invoiceLater: checkbox(),
    // Booked for the requester's own event dossier (`?dossier=`, a hidden field through the review
    // page): the booking is linked to it in its own transaction (lib/events/dossier.ts).
    dossier: optionalText({ max: 40 }),
  })
  .superRefine((input, ctx) => {
    if (input.dossier && input.weeks > 1)
      ctx.addIssue({ code: "custom", path: ["weeks"], message: hallMessages.eventNotWeekly });
    if (input.unit === "DAY_PART" && input.dayParts.length === 0)
      ctx.addIssue({ code: "custom", path: ["dayParts"], message: "Kies minstens één dagdeel." });
    if (input.unit === "HOURLY") {
      if (!WHOLE_HOUR.test(input.from))
        ctx.addIssue({ code: "custom", path: ["from"], message: hallMessages.chooseStartHour });
      if (!WHOLE_HOUR.test(input.until))
        ctx.addIssue({ code: "custom", path: ["until"], message: hallMessages.chooseEndHour });
      if (WHOLE_HOUR.test(input.from) && WHOLE_HOUR.test(input.until) && input.until <= input.from)
        ctx.addIssue({ code: "custom", path: ["until"], message: hallMessages.endBeforeStart });
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
  if (input.dossier) params.set("dossier", input.dossier);
  return params.toString();
}

/** Staff booking at the desk: the booking form plus the resident it is for (found or registered). */
export const deskBookingSchema = z
  .object({ residentId: id(hallMessages.residentNotFound) })
  .and(bookingSchema);

export type DeskBookingInput = z.output<typeof deskBookingSchema>;
