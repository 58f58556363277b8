// The forms of /beheer/onthaal/diensten and /balies: a service's settings, a new service, a new
// desk, and a desk's staffed hours.
import { z } from "zod";
import type { DeskKind } from "@/generated/prisma/enums";
import {
  checkbox,
  choices,
  clockTime,
  oneOf,
  optionalWholeNumber,
  requiredText,
  wholeNumber,
} from "@/lib/forms/fields";
import { DESK_KIND_LABELS } from "@/lib/sites/labels";

const id = requiredText("Deze verwijzing ontbreekt.", { max: 40 });

/** How long before the start a slot can still be booked online, typed as days and hours (in minutes). */
const leadTime = z
  .object({
    days: optionalWholeNumber({ min: 0, max: 90, fallback: 0, message: "Kies 0 tot 90 dagen." }),
    hours: optionalWholeNumber({ min: 0, max: 23, fallback: 0, message: "Kies 0 tot 23 uur." }),
  })
  .prefault({})
  .transform(({ days, hours }) => (days * 24 + hours) * 60);

/** Minutes of lead time as the form shows them again. */
export function leadTimeParts(minutes: number): { days: number; hours: number } {
  const hours = Math.round(minutes / 60);
  return { days: Math.floor(hours / 24), hours: hours % 24 };
}

const settings = {
  durationMinutes: wholeNumber({ min: 5, max: 240, message: "Kies een duur van 5 tot 240 minuten." }),
  bufferMinutes: wholeNumber({ min: 0, max: 120, message: "Kies een buffer van 0 tot 120 minuten." }),
  leadTime,
  capacityPerSlot: wholeNumber({ min: 1, max: 100, message: "Kies 1 tot 100 plaatsen per moment." }),
  sameDayAllowed: checkbox(),
  active: checkbox(),
  deskIds: choices().refine((ids) => ids.length > 0, "Kies minstens één balie of gespreksruimte."),
};

/** One service's settings and the desks that offer it. */
export const serviceSettingsSchema = z.object({ id, ...settings });
export type ServiceSettingsInput = z.output<typeof serviceSettingsSchema>;

/** A new service: what residents read, its settings and where it is offered. */
export const newServiceSchema = z.object({
  name: requiredText("Geef een naam van 3 tot 80 tekens, bijvoorbeeld 'Parkeerkaart aanvragen'.", {
    min: 3,
    max: 80,
  }),
  description: requiredText("Beschrijf de dienst in 10 tot 400 tekens.", { min: 10, max: 400 }),
  whatToBring: requiredText("Zeg wat de inwoner moet meebrengen (3 tot 400 tekens).", { min: 3, max: 400 }),
  ...settings,
});
export type NewServiceInput = z.output<typeof newServiceSchema>;

/** A weekly staffed window of a desk. */
export const availabilitySchema = z
  .object({
    deskId: id,
    weekday: oneOf(["1", "2", "3", "4", "5", "6", "7"], "Kies een dag.").transform(Number),
    from: clockTime("Vul een beginuur in als 08:30."),
    to: clockTime("Vul een einduur in als 12:00."),
  })
  .refine((v) => v.from < v.to, { path: ["to"], message: "Het einduur ligt voor het beginuur." });
export type AvailabilityInput = z.output<typeof availabilitySchema>;

export const availabilityIdSchema = z.object({ id });

/** A new desk or meeting room on a site. */
export const newDeskSchema = z.object({
  siteId: requiredText("Kies een gemeentehuis.", { max: 40 }),
  name: requiredText("Geef een naam van 3 tot 60 tekens, bijvoorbeeld 'Themabalie Wonen'.", {
    min: 3,
    max: 60,
  }),
  kind: oneOf(Object.keys(DESK_KIND_LABELS) as [DeskKind, ...DeskKind[]], "Kies een soort."),
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
