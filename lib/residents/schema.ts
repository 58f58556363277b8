import { z } from "zod";
import { postcodeSchema } from "@/lib/be/address";
import { calendarDateSchema } from "@/lib/be/calendar-date";

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((v) => (v ? v : null));

export const profileSchema = z.object({
  name: z.string().trim().min(2, "Vul je voor- en achternaam in.").max(120, "Deze naam is te lang."),
  phone: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : null))
    .refine(
      (v) => v === null || /^\+?[0-9 ./()-]{8,20}$/.test(v),
      "Vul een geldig telefoonnummer in, bijvoorbeeld 0470 12 34 56.",
    ),
  street: optionalText(120, "Deze straatnaam is te lang."),
  houseNumber: optionalText(12, "Dit huisnummer is te lang."),
  box: optionalText(12, "Dit busnummer is te lang."),
  postcode: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : null))
    .pipe(z.union([z.null(), postcodeSchema])),
  city: optionalText(80, "Deze gemeentenaam is te lang."),
});

export type ProfileInput = z.infer<typeof profileSchema>;

export const householdMemberSchema = z.object({
  firstName: z.string().trim().min(1, "Vul de voornaam in.").max(60, "Deze voornaam is te lang."),
  lastName: z.string().trim().min(1, "Vul de achternaam in.").max(60, "Deze achternaam is te lang."),
  birthDate: calendarDateSchema("Vul de geboortedatum in.")
    .refine((v) => new Date(`${v}T00:00:00Z`) <= new Date(), "De geboortedatum ligt in de toekomst.")
    .refine(
      (v) => new Date(`${v}T00:00:00Z`) >= new Date("1900-01-01T00:00:00Z"),
      "Controleer het geboortejaar.",
    ),
});

export type HouseholdMemberInput = z.infer<typeof householdMemberSchema>;

export const idSchema = z.object({ id: z.string().min(1, "Ontbrekende verwijzing.").max(40) });

export const actingSchema = z.object({
  associationId: z
    .string()
    .max(40)
    .optional()
    .transform((v) => (v ? v : null)),
});

/** Staff registering a caller or visitor who has no account yet; e-mail is optional for them. */
export const newResidentSchema = profileSchema.extend({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .optional()
    .transform((v) => (v ? v : null))
    .pipe(z.union([z.null(), z.string().email("Vul een geldig e-mailadres in of laat het leeg.")])),
});

export type NewResidentInput = z.infer<typeof newResidentSchema>;
