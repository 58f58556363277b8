import { z } from "zod";
import { calendarDateSchema } from "@/lib/be/calendar-date";

const dateKey = calendarDateSchema();

export const closureSchema = z
  .object({
    siteId: z
      .string()
      .max(40)
      .optional()
      .transform((v) => (v ? v : null)),
    startsOn: dateKey,
    endsOn: dateKey,
    reason: z
      .string()
      .trim()
      .min(3, "Geef een reden, bijvoorbeeld 'Opleiding personeel'.")
      .max(120, "Deze reden is te lang."),
  })
  .refine((v) => v.startsOn <= v.endsOn, {
    path: ["endsOn"],
    message: "De einddatum ligt voor de begindatum.",
  });

export type ClosureInput = z.infer<typeof closureSchema>;
