// The front office's forms: booking for a caller or a desk visitor, marking an appointment,
// moving it, and closing a desk for a while.
import { z } from "zod";
import {
  calendarDate,
  clockTime,
  oneOf,
  optionalEmail,
  optionalText,
  requiredText,
} from "@/lib/forms/fields";
import { contactFields, id, instant } from "./schema";

const optionalId = optionalText({ max: 40 }).transform((v) => v ?? null);

/** Booking for a caller or a desk visitor: phone needed, e-mail only if they have one. */
export const staffBookingSchema = z.object({
  serviceId: id,
  siteId: id,
  startsAt: instant,
  name: contactFields.name,
  phone: contactFields.phone,
  email: optionalEmail("Vul een geldig e-mailadres in, of laat het leeg.").transform((v) => v ?? ""),
  residentId: optionalId,
  followUpOfId: optionalId,
});

export type StaffBookingInput = z.output<typeof staffBookingSchema>;

export const MARKS = ["ARRIVED", "SERVED", "NO_SHOW", "CANCELLED"] as const;
export const markSchema = z.object({ id, status: oneOf(MARKS, "Kies wat er met de afspraak gebeurde.") });

export const staffMoveSchema = z.object({ id, startsAt: instant });

export const blockSchema = z
  .object({
    deskId: requiredText("Kies een balie.", { max: 40 }),
    date: calendarDate(),
    from: clockTime("Vul een beginuur in als 09:00."),
    to: clockTime("Vul een einduur in als 10:00."),
    reason: requiredText("Geef een reden, bijvoorbeeld 'Teamoverleg'.", { min: 3, max: 120 }),
  })
  .refine((v) => v.from < v.to, { path: ["to"], message: "Het einduur ligt voor het beginuur." });
export type BlockInput = z.output<typeof blockSchema>;

export const blockIdSchema = z.object({
  id: requiredText("Deze sluiting bestaat niet (meer).", { max: 40 }),
});
