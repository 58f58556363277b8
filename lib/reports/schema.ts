// One zod schema per form of the meldpunt, from the kit's building blocks; the client forms and the
// server actions share them. The catalogue's forms are in catalogue-schema.ts.
import { z } from "zod";
import { email, files, honeypot, oneOf, optionalEmail, optionalText, requiredText } from "@/lib/forms/fields";
import { locationSchema } from "@/lib/forms/location";

export const KINDS = ["ISSUE", "COMPLAINT", "SUGGESTION", "QUESTION"] as const;
export const STAFF_CHANNELS = ["PHONE", "DESK", "EMAIL"] as const;
export const MANUAL_STATUSES = [
  "NEW",
  "IN_PROGRESS",
  "AWAITING_INFO",
  "FORWARDED",
  "RESOLVED",
  "REJECTED",
] as const;

const description = requiredText("Beschrijf het in minstens 10 tekens.", { min: 10, max: 5000 });
const phone = optionalText({ max: 30 });

/** The first two steps of the resident form (GET): what it is, then the category. */
export const kindStepSchema = z.object({
  soort: requiredText("Kies wat je wilt doorgeven.", { max: 20 }),
});

export const categoryStepSchema = z.object({
  soort: requiredText("Kies wat je wilt doorgeven.", { max: 20 }),
  categorie: requiredText("Kies een categorie uit de lijst.", { max: 80 }),
});

/** The location step of the resident form. Whether a place is needed follows the category. */
export function locationStepSchema(required: boolean) {
  return z.object({
    kind: oneOf(KINDS, "Kies wat je wilt doorgeven."),
    category: requiredText("Kies een categorie.", { max: 80 }),
    location: locationSchema({ required }),
  });
}

/**
 * The resident's report. The server parses it with the place optional and checks the category's
 * rule itself (createReport); the form checks with `required` as the category says.
 */
export function reportSchemaFor(requiresLocation: boolean) {
  return z.object({
    kind: oneOf(KINDS, "Kies wat je wilt doorgeven."),
    category: requiredText("Kies een categorie.", { max: 80 }),
    location: locationSchema({ required: requiresLocation }),
    description,
    photos: files(),
    name: requiredText("Vul je naam in.", { min: 2, max: 120 }),
    email: email("Vul een geldig e-mailadres in, zodat we je op de hoogte kunnen houden."),
    phone,
    website: honeypot(),
  });
}

export const reportSchema = reportSchemaFor(false);
export type ReportInput = z.infer<typeof reportSchema>;

export function staffReportSchemaFor(requiresLocation: boolean) {
  return z.object({
    channel: oneOf(STAFF_CHANNELS, "Kies hoe de melding binnenkwam."),
    kind: oneOf(KINDS, "Kies wat er gemeld wordt."),
    category: requiredText("Kies een categorie.", { max: 80 }),
    location: locationSchema({ required: requiresLocation }),
    description,
    photos: files(),
    name: optionalText({ max: 120 }),
    email: optionalEmail(),
    phone,
  });
}

export const staffReportSchema = staffReportSchemaFor(false);

export const followSchema = z.object({
  reportId: requiredText("Kies de melding die je wilt volgen.", { max: 40 }),
  email: email("Vul een geldig e-mailadres in om deze melding te volgen."),
});

const reportId = requiredText("Onbekende melding.", { max: 40 });

export const statusChangeSchema = z.object({
  reportId,
  status: oneOf(MANUAL_STATUSES, "Kies een nieuwe status."),
  message: optionalText({ max: 5000 }),
  /** The status the staff member saw: a change by a colleague meanwhile is not overwritten. */
  seen: z.enum([...MANUAL_STATUSES, "MERGED"]).optional(),
});

export const reassignSchema = z.object({
  reportId,
  departmentId: requiredText("Kies een dienst.", { max: 40 }),
});

export const noteSchema = z.object({
  reportId,
  body: requiredText("Schrijf minstens 2 tekens.", { min: 2, max: 5000 }),
});

export const mergeSchema = z.object({
  reportId,
  target: requiredText("Vul het volgnummer in van de melding waarin je deze samenvoegt.", { max: 30 }),
});
