import { z } from "zod";
import { manageTokenPattern } from "./token";

const id = z.string().min(1).max(40);
const instant = z
  .string({ error: "Kies een tijdstip." })
  .min(1, "Kies een tijdstip.")
  .refine(
    (v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/.test(v) && !Number.isNaN(Date.parse(v)),
    "Kies een tijdstip.",
  )
  .transform((v) => new Date(v));

export const contactFields = {
  name: z.string().trim().min(2, "Vul je naam in.").max(120, "Deze naam is te lang."),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .email("Vul een geldig e-mailadres in; je bevestiging komt daar toe."),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ./-]{9,20}$/, "Vul een geldig telefoonnummer in, bijvoorbeeld 0470 12 34 56."),
};

/** Booking without an account: the chosen slot, name, e-mail and phone. */
export const bookingSchema = z.object({ serviceId: id, siteId: id, startsAt: instant, ...contactFields });
export type BookingInput = z.output<typeof bookingSchema>;

const optionalPhone = z
  .string()
  .trim()
  .optional()
  .transform((v) => v || null)
  .pipe(contactFields.phone.nullable());

/** Signed in, the account is the contact: the phone number is optional. */
export const signedInBookingSchema = bookingSchema.extend({ phone: optionalPhone });

export const appointmentIdSchema = z.object({ id });

export const manageTokenSchema = z.object({
  token: z.string().regex(manageTokenPattern, "Deze link is ongeldig."),
});

export const rescheduleSchema = manageTokenSchema.extend({ startsAt: instant });

/** Moving from Mijn Wingene: the resident's own appointment (checked in the command's query). */
export const moveMineSchema = appointmentIdSchema.extend({ startsAt: instant });
