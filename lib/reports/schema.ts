// One zod schema per form of the meldpunt; the client forms and the server actions share them.
import { z } from "zod";
import { withinBounds } from "./geo";

export const KINDS = ["ISSUE", "COMPLAINT", "SUGGESTION", "QUESTION"] as const;
export const STAFF_CHANNELS = ["PHONE", "DESK", "EMAIL"] as const;

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((v) => (v ? v : undefined));

const coordinate = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v.replace(",", ".") : undefined))
    .refine((v) => v === undefined || /^-?\d{1,3}(\.\d{1,10})?$/.test(v), `Vul de ${label} in als getal.`)
    .transform((v) => (v === undefined ? undefined : Number(v)));

const reportFields = {
  kind: z.enum(KINDS, { message: "Kies wat je wilt doorgeven." }),
  category: z.string().trim().min(1, "Kies een categorie.").max(80),
  description: z
    .string()
    .trim()
    .min(10, "Beschrijf het in minstens 10 tekens.")
    .max(5000, "Je beschrijving is te lang (maximaal 5000 tekens)."),
  addressText: optionalText(200, "Het adres is te lang."),
  latitude: coordinate("breedtegraad"),
  longitude: coordinate("lengtegraad"),
  // Set by the page from the category, so the client check matches; the server re-reads the category.
  locationRequired: z.string().optional(),
  phone: optionalText(30, "Het telefoonnummer is te lang."),
};

type LocationShape = {
  addressText?: string;
  latitude?: number;
  longitude?: number;
  locationRequired?: string;
};

function checkLocation(input: LocationShape, ctx: z.RefinementCtx) {
  // A coordinate that is not a number already has its own message.
  const bad = (v: unknown) => v !== undefined && !Number.isFinite(v);
  if (bad(input.latitude) || bad(input.longitude)) return;
  const hasLat = input.latitude !== undefined;
  const hasLng = input.longitude !== undefined;
  if (hasLat !== hasLng) {
    ctx.addIssue({
      code: "custom",
      path: [hasLat ? "longitude" : "latitude"],
      message: "Vul zowel de breedtegraad als de lengtegraad in, of geen van beide.",
    });
    return;
  }
  if (hasLat && hasLng && !withinBounds({ latitude: input.latitude!, longitude: input.longitude! })) {
    ctx.addIssue({
      code: "custom",
      path: ["latitude"],
      message:
        "Deze plek ligt niet in Wingene, Zwevezele, Ruiselede of Doomkerke. Kies een plek in onze gemeente.",
    });
  }
  if (input.locationRequired === "1" && !hasLat && !input.addressText) {
    ctx.addIssue({
      code: "custom",
      path: ["addressText"],
      message: "Geef een adres of plaats een speld op de kaart, zodat we weten waar het is.",
    });
  }
}

export const reportSchema = z
  .object({
    ...reportFields,
    name: z.string().trim().min(2, "Vul je naam in.").max(120, "Je naam is te lang."),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .email("Vul een geldig e-mailadres in, zodat we je op de hoogte kunnen houden."),
    // Honeypot: people never see or fill this field; bots do.
    website: z.string().max(0, "Laat dit veld leeg.").optional(),
  })
  .superRefine(checkLocation);

export const staffReportSchema = z
  .object({
    ...reportFields,
    channel: z.enum(STAFF_CHANNELS, { message: "Kies hoe de melding binnenkwam." }),
    name: optionalText(120, "De naam is te lang."),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .optional()
      .transform((v) => (v ? v : undefined))
      .refine((v) => v === undefined || z.email().safeParse(v).success, "Vul een geldig e-mailadres in."),
  })
  .superRefine(checkLocation);

export const followSchema = z.object({
  reportId: z.string().min(1),
  name: z.string().trim().max(120).optional(),
  email: z.string().trim().toLowerCase().email("Vul een geldig e-mailadres in om deze melding te volgen."),
});

export const statusChangeSchema = z.object({
  reportId: z.string().min(1),
  status: z.enum(["NEW", "IN_PROGRESS", "AWAITING_INFO", "FORWARDED", "RESOLVED", "REJECTED"], {
    message: "Kies een nieuwe status.",
  }),
  message: optionalText(5000, "Het bericht is te lang (maximaal 5000 tekens)."),
});

export const reassignSchema = z.object({
  reportId: z.string().min(1),
  departmentId: z.string().min(1, "Kies een dienst."),
});

export const noteSchema = z.object({
  reportId: z.string().min(1),
  body: z
    .string()
    .trim()
    .min(2, "Schrijf minstens 2 tekens.")
    .max(5000, "De tekst is te lang (maximaal 5000 tekens)."),
});

export const mergeSchema = z.object({
  reportId: z.string().min(1),
  target: z.string().trim().min(1, "Vul het volgnummer in van de melding waarin je deze samenvoegt."),
});

/** The location step of the resident form (a GET form): the same checks as the report itself. */
export const locationSchema = z
  .object({
    addressText: reportFields.addressText,
    latitude: reportFields.latitude,
    longitude: reportFields.longitude,
    locationRequired: z.string().optional(),
  })
  .superRefine(checkLocation);
