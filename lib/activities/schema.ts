// The zod schemas of the activities' forms: a basket line, joining the waiting room, registering,
// an offer, cancelling, the catalogue's filters (GET) and a child's details.
import { z } from "zod";
import { calendarDate, choices, optionalText, requiredText } from "@/lib/forms/fields";

// Ids are cuids, or readable seeded ids such as "speelpleinwerking-sjakosj-zomer-2027-2027-07-05-week-1".
const ref = (message: string) => requiredText(message, { max: 120 });

export const basketLineSchema = z.object({
  sessionId: ref("Kies een periode."),
  memberId: ref("Kies een kind."),
});
export type BasketLineInput = z.infer<typeof basketLineSchema>;

export const basketLineIdSchema = z.object({ lineId: ref("Ontbrekende verwijzing.") });

export const openingSchema = z.object({ openingId: ref("Ontbrekende verwijzing.") });
export type OpeningInput = z.infer<typeof openingSchema>;

export const offerSchema = z.object({ token: requiredText("Ontbrekende verwijzing.", { max: 80 }) });

export const registrationIdSchema = z.object({ registrationId: ref("Ontbrekende verwijzing.") });

/** Staff at the desk act for a resident: the same forms with the resident's id. */
const resident = { residentId: ref("Ontbrekende verwijzing.") };
export const deskBasketLineSchema = basketLineSchema.extend(resident);
export const deskBasketLineIdSchema = basketLineIdSchema.extend(resident);
export const deskOpeningSchema = openingSchema.extend(resident);
export const residentSchema = z.object(resident);

const age = z
  .string()
  .trim()
  .max(3)
  .optional()
  .transform((v) => (v ? v : undefined))
  .refine(
    (v) => v === undefined || (/^\d{1,2}$/.test(v) && Number(v) <= 25),
    "Vul een leeftijd tussen 0 en 25 in.",
  )
  .transform((v) => (v === undefined ? undefined : Number(v)));

/** The catalogue's filters: ?leeftijd=8&van=2027-07-01&tot=2027-08-31&soort=kamp. */
export const catalogueFilterSchema = z.object({
  leeftijd: age,
  van: calendarDate()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  tot: calendarDate()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  soort: optionalText({ max: 20 }),
});
export type CatalogueFilter = z.infer<typeof catalogueFilterSchema>;

/** Presence per day: `days.<YYYY-MM-DD>` holds the registrations ticked present that day. */
export const attendanceSchema = z.object({
  sessionId: ref("Ontbrekende verwijzing."),
  days: z
    .record(z.string().max(10), choices())
    .optional()
    .transform((v) => v ?? {}),
});
