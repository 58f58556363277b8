// The resident's forms: booking a chosen moment (with or without an account), and moving or
// cancelling through the personal link or from Mijn afspraken.
import { z } from "zod";
import { email, optionalPhoneNumber, phoneNumber, requiredText } from "@/lib/forms/fields";
import { manageTokenPattern } from "./token-format";

export const id = requiredText("Deze afspraak bestaat niet (meer).", { max: 40 });

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;

/** A chosen moment, as the slot picker puts it in the form (an ISO instant in UTC). */
export const instant = z
  .string({ error: "Kies een tijdstip." })
  .refine((v) => INSTANT.test(v) && !Number.isNaN(Date.parse(v)), "Kies een tijdstip.")
  .transform((v) => new Date(v));

export const contactFields = {
  name: requiredText("Vul je naam in.", { min: 2, max: 120 }),
  email: email("Vul een geldig e-mailadres in; je bevestiging komt daar toe."),
  phone: phoneNumber(),
};

/** Booking without an account: the chosen moment, name, e-mail and phone. */
export const bookingSchema = z.object({ serviceId: id, siteId: id, startsAt: instant, ...contactFields });
export type BookingInput = z.output<typeof bookingSchema>;

/** Signed in, the account is the contact: the phone number is optional. */
export const signedInBookingSchema = bookingSchema.extend({
  phone: optionalPhoneNumber().transform((v) => v ?? null),
});

export const appointmentIdSchema = z.object({ id });

export const manageTokenSchema = z.object({
  token: z.string().regex(manageTokenPattern, "Deze link is ongeldig."),
});

export const rescheduleSchema = manageTokenSchema.extend({ startsAt: instant });

/** Moving from Mijn Wingene: the resident's own appointment (checked in the command's query). */
export const moveMineSchema = appointmentIdSchema.extend({ startsAt: instant });
