// The staff form for a hall's facts: what residents read in the catalogue (name, kind, village,
// address, capacity, description, facilities, rules) and how it rents (day parts or hours, and the
// opening window of an hourly hall). A new hall also gets its deposit and approval setting here;
// for an existing hall those live with the tariffs (settings.ts).
import { z } from "zod";
import { checkbox, euroCents, oneOf, optionalText, requiredText, wholeNumber } from "@/lib/forms/fields";

export const HALL_VILLAGES = ["Wingene", "Zwevezele", "Ruiselede", "Doomkerke"] as const;

const WHOLE_HOUR = /^([01]\d|2[0-4]):00$/;
const minutesOf = (v: string) => Number(v.slice(0, 2)) * 60;

/** An amount in euro that may be left empty (then nothing). */
export const optionalEuro = (message: string) =>
  z
    .string()
    .max(30)
    .optional()
    .transform((v) => (v?.trim() ? v : "0"))
    .pipe(euroCents({ max: 1_000_000, message }));

export const hallFactsSchema = z
  .object({
    hallId: optionalText({ max: 40 }),
    name: requiredText("Geef de zaal een naam.", { min: 3, max: 80 }),
    kind: requiredText("Zeg wat voor zaal het is, bijvoorbeeld Vergaderzaal.", { min: 3, max: 40 }),
    village: oneOf(HALL_VILLAGES, "Kies de deelgemeente."),
    street: requiredText("Vul straat en huisnummer in.", { min: 3, max: 80 }),
    postcode: z
      .string()
      .trim()
      .regex(/^\d{4}$/, "Een Belgische postcode heeft vier cijfers."),
    city: requiredText("Vul de gemeente in.", { min: 2, max: 40 }),
    capacity: wholeNumber({ min: 1, max: 5000, message: "Vul een aantal personen in (1 tot 5000)." }),
    description: requiredText("Beschrijf de zaal in een paar zinnen.", { min: 10, max: 1000 }),
    facilities: optionalText({ max: 2000 })
      .transform((v) =>
        (v ?? "")
          .split("\n")
          .map((f) => f.trim())
          .filter(Boolean),
      )
      .refine(
        (list) => list.length <= 20 && list.every((f) => f.length <= 80),
        "Hoogstens 20 voorzieningen, elk op een eigen regel van hoogstens 80 tekens.",
      ),
    rules: requiredText("Vul de huisregels in.", { min: 3, max: 1000 }),
    rentalUnit: oneOf(["DAY_PART", "HOURLY"], "Kies hoe de zaal verhuurd wordt."),
    opensAt: optionalText({ max: 5 }).transform((v) => v ?? ""),
    closesAt: optionalText({ max: 5 }).transform((v) => v ?? ""),
    deposit: optionalEuro("Vul een bedrag in euro in, bijvoorbeeld 150."),
    requiresApproval: checkbox(),
  })
  .superRefine((input, ctx) => {
    if (input.rentalUnit !== "HOURLY") return;
    if (!WHOLE_HOUR.test(input.opensAt))
      ctx.addIssue({
        code: "custom",
        path: ["opensAt"],
        message: "Kies een openingsuur (heel uur, bv. 08:00).",
      });
    if (!WHOLE_HOUR.test(input.closesAt))
      ctx.addIssue({
        code: "custom",
        path: ["closesAt"],
        message: "Kies een sluitingsuur (heel uur, bv. 22:00).",
      });
    else if (WHOLE_HOUR.test(input.opensAt) && minutesOf(input.closesAt) - minutesOf(input.opensAt) < 60)
      ctx.addIssue({
        code: "custom",
        path: ["closesAt"],
        message: "Het sluitingsuur moet minstens een uur na het openingsuur liggen.",
      });
  })
  .transform(({ hallId, opensAt, closesAt, deposit, ...facts }) => {
    const hourly = facts.rentalUnit === "HOURLY";
    return {
      ...facts,
      hallId: hallId ?? null,
      opensAtMinutes: hourly ? minutesOf(opensAt) : 8 * 60,
      closesAtMinutes: hourly ? minutesOf(closesAt) : 23 * 60,
      depositCents: deposit,
    };
  });

export type HallFactsInput = z.output<typeof hallFactsSchema>;

/** "Sporthal Zwevezele" -> "sporthal-zwevezele" (letters and digits, accents dropped). */
export function slugOf(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
}
