import { z } from "zod";

const dateKey = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Kies een datum.")
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), "Deze datum bestaat niet.");

export const closureSchema = z
  .object({
    siteId: z
      .string()
      .max(40)
      .optional()
      .transform((v) => (v ? v : null)),
    startsOn: dateKey,
    endsOn: dateKey,
    reason: z.string().trim().min(3, "Geef een reden, bijvoorbeeld 'Opleiding personeel'.").max(120, "Deze reden is te lang."),
  })
  .refine((v) => v.startsOn <= v.endsOn, { path: ["endsOn"], message: "De einddatum ligt voor de begindatum." });

export type ClosureInput = z.infer<typeof closureSchema>;
