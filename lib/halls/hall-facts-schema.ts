// The staff form for a hall's facts: what residents read in the catalogue (name, kind, village,
// address, capacity, description, facilities, rules) and how it rents (day parts or hours, and the
// opening window of an hourly hall). A new hall also gets its deposit and approval setting here;
// for an existing hall those live with the tariffs (settings-schema.ts).
import { z } from "zod";
import { parseEuroToCents } from "@/lib/be/money";

export const HALL_VILLAGES = ["Wingene", "Zwevezele", "Ruiselede", "Doomkerke"] as const;

const text = (min: number, max: number, tooShort: string) =>
  z.string({ error: tooShort }).trim().min(min, tooShort).max(max, `Houd het kort (maximaal ${max} tekens).`);

const optional = z
  .string()
  .optional()
  .transform((v) => (v ?? "").trim());

const HOUR = /^([01]\d|2[0-4]):00$/;
const minutesOf = (v: string) => Number(v.slice(0, 2)) * 60;

export const hallFactsSchema = z
  .object({
    hallId: optional,
    name: text(3, 80, "Geef de zaal een naam."),
    kind: text(3, 40, "Zeg wat voor zaal het is, bijvoorbeeld Vergaderzaal."),
    village: z.enum(HALL_VILLAGES, { error: "Kies de deelgemeente." }),
    street: text(3, 80, "Vul straat en huisnummer in."),
    postcode: z
      .string()
      .trim()
      .regex(/^\d{4}$/, "Een Belgische postcode heeft vier cijfers."),
    city: text(2, 40, "Vul de gemeente in."),
    capacity: z
      .string()
      .optional()
      .transform((v, ctx) => {
        const value = (v ?? "").trim();
        const n = Number(value);
        if (/^\d+$/.test(value) && n >= 1 && n <= 5000) return n;
        ctx.addIssue({ code: "custom", message: "Vul een aantal personen in (1 tot 5000)." });
        return z.NEVER;
      }),
    description: text(10, 1000, "Beschrijf de zaal in een paar zinnen."),
    facilities: z
      .string()
      .optional()
      .transform((v, ctx) => {
        const list = (v ?? "")
          .split("\n")
          .map((f) => f.trim())
          .filter(Boolean);
        if (list.length <= 20 && list.every((f) => f.length <= 80)) return list;
        ctx.addIssue({
          code: "custom",
          message: "Hoogstens 20 voorzieningen, elk op een eigen regel van hoogstens 80 tekens.",
        });
        return z.NEVER;
      }),
    rules: text(3, 1000, "Vul de huisregels in."),
    rentalUnit: z.enum(["DAY_PART", "HOURLY"], { error: "Kies hoe de zaal verhuurd wordt." }),
    opensAt: optional,
    closesAt: optional,
    deposit: z
      .string()
      .optional()
      .transform((v, ctx) => {
        const value = (v ?? "").trim();
        const cents = value === "" ? 0 : parseEuroToCents(value);
        if (cents !== null && cents >= 0 && cents <= 1_000_000) return cents;
        ctx.addIssue({ code: "custom", message: "Vul een bedrag in euro in, bijvoorbeeld 150." });
        return z.NEVER;
      }),
    requiresApproval: optional,
  })
  .transform((input, ctx) => {
    let opensAtMinutes = 8 * 60;
    let closesAtMinutes = 23 * 60;
    if (input.rentalUnit === "HOURLY") {
      if (!HOUR.test(input.opensAt))
        ctx.addIssue({
          code: "custom",
          path: ["opensAt"],
          message: "Kies een openingsuur (heel uur, bv. 08:00).",
        });
      if (!HOUR.test(input.closesAt))
        ctx.addIssue({
          code: "custom",
          path: ["closesAt"],
          message: "Kies een sluitingsuur (heel uur, bv. 22:00).",
        });
      if (HOUR.test(input.opensAt) && HOUR.test(input.closesAt)) {
        opensAtMinutes = minutesOf(input.opensAt);
        closesAtMinutes = minutesOf(input.closesAt);
        if (closesAtMinutes - opensAtMinutes < 60)
          ctx.addIssue({
            code: "custom",
            path: ["closesAt"],
            message: "Het sluitingsuur moet minstens een uur na het openingsuur liggen.",
          });
      }
    }
    return {
      hallId: input.hallId === "" ? null : input.hallId,
      name: input.name,
      kind: input.kind,
      village: input.village,
      street: input.street,
      postcode: input.postcode,
      city: input.city,
      capacity: input.capacity,
      description: input.description,
      facilities: input.facilities,
      rules: input.rules,
      rentalUnit: input.rentalUnit,
      opensAtMinutes,
      closesAtMinutes,
      depositCents: input.deposit,
      requiresApproval: input.requiresApproval === "on",
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
