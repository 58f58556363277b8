import { z } from "zod";
import { calendarDateSchema } from "@/lib/be/calendar-date";
import { contactFields } from "./schema";

const id = z.string().min(1).max(40);
const optionalId = z
  .string()
  .max(40)
  .optional()
  .transform((v) => v || null);
const instant = z
  .string({ error: "Kies een tijdstip." })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/, "Kies een tijdstip.")
  .transform((v) => new Date(v));
const clock = (message: string) =>
  z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, message)
    .transform((v) => Number(v.slice(0, 2)) * 60 + Number(v.slice(3)));

/** Booking for a caller or a desk visitor: phone needed, e-mail only if they have one. */
export const staffBookingSchema = z.object({
  serviceId: id,
  siteId: id,
  startsAt: instant,
  name: contactFields.name,
  phone: contactFields.phone,
  email: z
    .string()
    .trim()
    .toLowerCase()
    .optional()
    .transform((v) => v ?? "")
    .pipe(z.union([z.literal(""), z.string().email("Vul een geldig e-mailadres in, of laat het leeg.")])),
  residentId: optionalId,
  followUpOfId: optionalId,
});

export const markSchema = z.object({ id, status: z.enum(["ARRIVED", "SERVED", "NO_SHOW", "CANCELLED"]) });

export const staffMoveSchema = z.object({ id, startsAt: instant });

export const blockSchema = z
  .object({
    deskId: z.string().min(1, "Kies een balie.").max(40),
    date: calendarDateSchema(),
    from: clock("Vul een beginuur in als 09:00."),
    to: clock("Vul een einduur in als 10:00."),
    reason: z
      .string()
      .trim()
      .min(3, "Geef een reden, bijvoorbeeld 'Teamoverleg'.")
      .max(120, "Deze reden is te lang."),
  })
  .refine((v) => v.from < v.to, { path: ["to"], message: "Het einduur ligt voor het beginuur." });
export type BlockInput = z.output<typeof blockSchema>;

export const blockIdSchema = z.object({ id });
