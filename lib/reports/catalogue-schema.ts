// Forms that manage the meldpunt's catalogue: departments and categories (routing, target days,
// remit) and the retention period. One zod schema per form, from the kit's building blocks.
import { z } from "zod";
import { checkbox, choices, email, oneOf, optionalText, requiredText, wholeNumber } from "@/lib/forms/fields";
import { KINDS } from "./schema";

const optionalId = optionalText({ max: 40 });

// Keys that may be undefined become optional, so commands can be called without spelling them out.
type Loose<T> = { [K in keyof T as undefined extends T[K] ? K : never]?: T[K] } & {
  [K in keyof T as undefined extends T[K] ? never : K]: T[K];
};

export const departmentSchema = z.object({
  id: optionalId,
  name: requiredText("Vul de naam van de dienst in.", { max: 120 }),
  email: email("Vul een geldig e-mailadres in, bijvoorbeeld groen@wingene.be."),
});

export type DepartmentInput = Loose<z.infer<typeof departmentSchema>>;

export const categorySchema = z
  .object({
    id: optionalId,
    name: requiredText("Vul de naam van de categorie in.", { max: 80 }),
    description: optionalText({ max: 300 }),
    kinds: choices(KINDS, "Kies enkel uit de soorten in de lijst.").refine(
      (list) => list.length > 0,
      "Kies minstens één soort waarvoor deze categorie geldt.",
    ),
    inRemit: oneOf(["ja", "nee"], "Kies of de gemeente hiervoor bevoegd is."),
    departmentId: optionalId,
    targetDays: wholeNumber({
      min: 1,
      max: 365,
      message: "Vul de streeftermijn in als een geheel aantal dagen.",
      outOfRange: "De streeftermijn ligt tussen 1 en 365 dagen.",
    }),
    requiresLocation: checkbox(),
    referralName: optionalText({ max: 120 }),
    referralText: optionalText({ max: 600 }),
    referralUrl: optionalText({ max: 300 }).refine(
      (v) => v === undefined || /^https:\/\/[^\s/$.?#][^\s]*$/i.test(v),
      "Vul een volledige link in die begint met https://.",
    ),
  })
  .superRefine((input, ctx) => {
    const missing = (path: string, message: string) =>
      ctx.addIssue({ code: "custom", path: [path], message });
    if (input.inRemit === "ja" && !input.departmentId)
      missing("departmentId", "Kies de dienst die deze meldingen behandelt.");
    if (input.inRemit === "nee") {
      if (!input.referralText) missing("referralText", "Leg uit waar de inwoner wel terechtkan.");
      if (!input.referralUrl) missing("referralUrl", "Geef de link naar de bevoegde dienst.");
    }
  });

export type CategoryInput = Loose<z.infer<typeof categorySchema>>;

export const categoryActiveSchema = z.object({
  id: requiredText("Onbekende categorie.", { max: 40 }),
  active: oneOf(["ja", "nee"], "Kies of de categorie actief is."),
});

export const retentionSchema = z.object({
  retentionMonths: wholeNumber({
    min: 1,
    max: 120,
    message: "Vul een geheel aantal maanden in.",
    outOfRange: "Kies tussen 1 en 120 maanden.",
  }),
});
