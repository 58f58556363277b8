import { z } from "zod";

const id = z.string().min(1).max(40);
const wholeNumber = (min: number, max: number, message: string) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, message)
    .transform(Number)
    .pipe(z.number().int().min(min, message).max(max, message));
const checkbox = z
  .string()
  .optional()
  .transform((v) => v === "on");
const clock = (message: string) =>
  z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, message)
    .transform((v) => Number(v.slice(0, 2)) * 60 + Number(v.slice(3)));

/** One service's settings and the counters that offer it. */
export const serviceSettingsSchema = z.object({
  id,
  durationMinutes: wholeNumber(5, 240, "Kies een duur van 5 tot 240 minuten."),
  bufferMinutes: wholeNumber(0, 120, "Kies een buffer van 0 tot 120 minuten."),
  leadTimeMinutes: wholeNumber(0, 20160, "Kies een termijn van 0 tot 20160 minuten (twee weken)."),
  capacityPerSlot: wholeNumber(1, 100, "Kies 1 tot 100 plaatsen per moment."),
  sameDayAllowed: checkbox,
  active: checkbox,
  counterIds: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : ([] as string[]).concat(v)))
    .pipe(z.array(id).min(1, "Kies minstens één balie of gespreksruimte.")),
});
export type ServiceSettingsInput = z.output<typeof serviceSettingsSchema>;

/** A weekly staffed window of a counter. */
export const availabilitySchema = z
  .object({
    counterId: id,
    weekday: z
      .string()
      .regex(/^[1-7]$/, "Kies een dag.")
      .transform(Number),
    from: clock("Vul een beginuur in als 08:30."),
    to: clock("Vul een einduur in als 12:00."),
  })
  .refine((v) => v.from < v.to, { path: ["to"], message: "Het einduur ligt voor het beginuur." });
export type AvailabilityInput = z.output<typeof availabilitySchema>;

export const availabilityIdSchema = z.object({ id });
