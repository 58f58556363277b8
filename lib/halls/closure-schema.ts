// The staff form that closes a hall for a while: from a date (and hour) until a date (and hour),
// with a reason. Without hours the closure runs from the first day's start to the last day's end.
import { z } from "zod";
import { calendarDateSchema } from "@/lib/be/calendar-date";
import { hallMessages } from "./messages";

const hour = z
  .string()
  .optional()
  .transform((v) => (v ?? "").trim());

const HOUR = /^([01]\d|2[0-4]):([0-5]\d)$/;

export const closureSchema = z
  .object({
    hallId: z.string().min(1, hallMessages.hallNotFound).max(40),
    fromDate: calendarDateSchema("Kies de eerste dag van de sluiting."),
    fromTime: hour,
    untilDate: calendarDateSchema("Kies de laatste dag van de sluiting."),
    untilTime: hour,
    reason: z
      .string()
      .trim()
      .min(3, "Geef de reden van de sluiting (bijvoorbeeld onderhoud).")
      .max(200, "Houd het kort (maximaal 200 tekens)."),
  })
  .superRefine((input, ctx) => {
    if (input.fromTime !== "" && !HOUR.test(input.fromTime))
      ctx.addIssue({
        code: "custom",
        path: ["fromTime"],
        message: "Schrijf het uur als 08:00, of laat leeg.",
      });
    if (input.untilTime !== "" && !HOUR.test(input.untilTime))
      ctx.addIssue({
        code: "custom",
        path: ["untilTime"],
        message: "Schrijf het uur als 18:00, of laat leeg.",
      });
  })
  .transform((input) => ({
    hallId: input.hallId,
    fromDate: input.fromDate,
    fromMinutes: toMinutes(input.fromTime, 0),
    untilDate: input.untilDate,
    untilMinutes: toMinutes(input.untilTime, 24 * 60),
    reason: input.reason,
  }));

function toMinutes(value: string, empty: number): number {
  if (value === "") return empty;
  const [h, m] = value.split(":").map(Number);
  return h * 60 + m;
}

export type ClosureInput = z.output<typeof closureSchema>;

export const closureIdSchema = z.object({ closureId: z.string().min(1).max(40) });
