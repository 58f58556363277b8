import { z } from "zod";
import type { DeskKind } from "@/generated/prisma/enums";
import { DESK_KIND_LABELS } from "@/lib/sites/labels";

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

/** One service's settings and the desks that offer it. */
export const serviceSettingsSchema = z.object({
  id,
  durationMinutes: wholeNumber(5, 240, "Kies een duur van 5 tot 240 minuten."),
  bufferMinutes: wholeNumber(0, 120, "Kies een buffer van 0 tot 120 minuten."),
  leadTimeMinutes: wholeNumber(0, 20160, "Kies een termijn van 0 tot 20160 minuten (twee weken)."),
  capacityPerSlot: wholeNumber(1, 100, "Kies 1 tot 100 plaatsen per moment."),
  sameDayAllowed: checkbox,
  active: checkbox,
  deskIds: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : ([] as string[]).concat(v)))
    .pipe(z.array(id).min(1, "Kies minstens één balie of gespreksruimte.")),
});
export type ServiceSettingsInput = z.output<typeof serviceSettingsSchema>;

/** A weekly staffed window of a desk. */
export const availabilitySchema = z
  .object({
    deskId: id,
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

const text = (min: number, max: number, message: string) =>
  z.string().trim().min(min, message).max(max, message);

/** A new service: what residents read, its settings and where it is offered. */
export const newServiceSchema = serviceSettingsSchema.omit({ id: true }).extend({
  name: text(3, 80, "Geef een naam van 3 tot 80 tekens, bijvoorbeeld 'Parkeerkaart aanvragen'."),
  description: text(10, 400, "Beschrijf de dienst in 10 tot 400 tekens."),
  whatToBring: text(3, 400, "Zeg wat de inwoner moet meebrengen (3 tot 400 tekens)."),
});
export type NewServiceInput = z.output<typeof newServiceSchema>;

/** A new desk or meeting room on a site. */
export const newDeskSchema = z.object({
  siteId: z.string({ error: "Kies een gemeentehuis." }).min(1, "Kies een gemeentehuis.").max(40),
  name: text(3, 60, "Geef een naam van 3 tot 60 tekens, bijvoorbeeld 'Themabalie Wonen'."),
  kind: z.enum(Object.keys(DESK_KIND_LABELS) as [DeskKind, ...DeskKind[]], { error: "Kies een soort." }),
});
export type NewDeskInput = z.output<typeof newDeskSchema>;

/** URL part from a Dutch name: "Één parkeerkaart" → "een-parkeerkaart". */
export function slugFromName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
}
