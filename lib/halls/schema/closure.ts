// The staff form that closes a hall for a while: from a date (and hour) until a date (and hour),
// with a reason. Without hours the closure runs from the first day's start to the last day's end.
import { z } from "zod";
import { calendarDate, optionalText, requiredText } from "@/lib/forms/fields";
import { hallMessages } from "../messages";

const HOUR = /^([01]\d|2[0-4]):([0-5]\d)$/;

/** "HH:mm" (or empty: `empty` minutes) to wall-clock minutes. */
const hour = (empty: number, message: string) =>
  optionalText({ max: 5 })
    .refine((v) => v === undefined || HOUR.test(v), message)
    .transform((v) => (v === undefined ? empty : Number(v.slice(0, 2)) * 60 + Number(v.slice(3, 5))));

export const closureSchema = z
  .object({
    hallId: requiredText(hallMessages.hallNotFound, { max: 40 }),
    fromDate: calendarDate("Kies de eerste dag van de sluiting."),
    fromTime: hour(0, "Schrijf het uur als 08:00, of laat leeg."),
    untilDate: calendarDate("Kies de laatste dag van de sluiting."),
    untilTime: hour(24 * 60, "Schrijf het uur als 18:00, of laat leeg."),
    reason: requiredText("Geef de reden van de sluiting (bijvoorbeeld onderhoud).", { min: 3, max: 200 }),
  })
  .transform((input) => ({
    hallId: input.hallId,
    fromDate: input.fromDate,
    fromMinutes: input.fromTime,
    untilDate: input.untilDate,
    untilMinutes: input.untilTime,
    reason: input.reason,
  }));

export type ClosureInput = z.output<typeof closureSchema>;

export const closureIdSchema = z.object({
  closureId: requiredText(hallMessages.closureNotFound, { max: 40 }),
});
