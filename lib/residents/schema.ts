// One zod schema per form about a resident, from the kit's building blocks: the profile (with the
// kit's address), a household member, acting for an association, and registering at the desk.
import { z } from "zod";
import { nationalRegisterNumberSchema } from "@/lib/be/national-register-number";
import { optionalAddressSchema } from "@/lib/forms/address";
import { calendarDate, checkbox, optionalEmail, optionalText, requiredText } from "@/lib/forms/fields";

const phone = optionalText({ max: 30 }).refine(
  (v) => v === undefined || /^\+?[0-9 ./()-]{8,20}$/.test(v),
  "Vul een geldig telefoonnummer in, bijvoorbeeld 0470 12 34 56.",
);

export const profileSchema = z.object({
  name: requiredText("Vul je voor- en achternaam in.", { min: 2, max: 120 }),
  phone,
  address: optionalAddressSchema(),
});

export type ProfileInput = z.infer<typeof profileSchema>;

export const householdMemberSchema = z.object({
  firstName: requiredText("Vul de voornaam in.", { max: 60 }),
  lastName: requiredText("Vul de achternaam in.", { max: 60 }),
  birthDate: calendarDate("Vul de geboortedatum in.")
    .refine((v) => new Date(`${v}T00:00:00Z`) <= new Date(), "De geboortedatum ligt in de toekomst.")
    .refine(
      (v) => new Date(`${v}T00:00:00Z`) >= new Date("1900-01-01T00:00:00Z"),
      "Controleer het geboortejaar.",
    ),
  // For activities: what organisers need to know. Medical notes are removed after the activity
  // (ActivitySettings.medicalNotesDays, job activity-medical-retention).
  schoolYear: z
    .string()
    .max(3)
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine(
      (v) => v === undefined || (/^\d{1,2}$/.test(v) && Number(v) >= 1 && Number(v) <= 15),
      "Kies een schooljaar uit de lijst.",
    )
    .transform((v) => (v === undefined ? null : Number(v))),
  medicalNotes: optionalText({ max: 1000 }).transform((v) => v ?? null),
  dietNotes: optionalText({ max: 500 }).transform((v) => v ?? null),
  pickupBy: optionalText({ max: 300 }).transform((v) => v ?? null),
  photoConsent: checkbox(),
  severeDisability: checkbox(),
});

export type HouseholdMemberInput = z.infer<typeof householdMemberSchema>;

export const idSchema = z.object({ id: requiredText("Ontbrekende verwijzing.", { max: 40 }) });

export const actingSchema = z.object({
  associationId: optionalText({ max: 40 }).transform((v) => v ?? null),
});

/** Staff registering a caller or visitor who has no account yet; e-mail is optional for them. */
export const newResidentSchema = profileSchema.extend({
  email: optionalEmail("Vul een geldig e-mailadres in of laat het leeg."),
});

export type NewResidentInput = z.infer<typeof newResidentSchema>;

export const householdMemberUpdateSchema = householdMemberSchema.extend(idSchema.shape);

/** A form about one resident that posts nothing else (staff: verify or withdraw residence). */
export const residentRefSchema = z.object({ residentId: requiredText("Onbekende inwoner.", { max: 40 }) });

/** Staff read the national register number from the eID; only the 11 digits are kept. */
export const nationalNumberInputSchema = residentRefSchema.extend({
  nationalNumber: z
    .string({ error: "Vul het rijksregisternummer in." })
    .max(20)
    .pipe(nationalRegisterNumberSchema),
});
