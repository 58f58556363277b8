// Forms that manage the meldpunt's catalogue: departments and categories (routing, target days,
// remit). One zod schema per form, shared by the client check and the server action.
import { z } from "zod";
import { KINDS } from "./schema";

// Keys that may be undefined become optional, so commands can be called without spelling them out.
type Loose<T> = { [K in keyof T as undefined extends T[K] ? K : never]?: T[K] } & {
  [K in keyof T as undefined extends T[K] ? never : K]: T[K];
};

const requiredText = (max: number, empty: string, long: string) =>
  z.string().trim().min(1, empty).max(max, long);

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((v) => (v ? v : undefined));

const checkbox = z
  .string()
  .optional()
  .transform((v) => v === "on" || v === "1" || v === "true");

export const departmentSchema = z.object({
  id: optionalText(40, "Onbekende dienst."),
  name: requiredText(120, "Vul de naam van de dienst in.", "De naam is te lang (maximaal 120 tekens)."),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "Vul het e-mailadres van de dienst in.")
    .pipe(z.email("Vul een geldig e-mailadres in, bijvoorbeeld groen@wingene.be.")),
});

export type DepartmentInput = Loose<z.infer<typeof departmentSchema>>;

// Kinds come as one string (one box ticked) or a list (several); none ticked means absent.
const kinds = z.preprocess(
  (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z
    .array(z.enum(KINDS, { message: "Kies enkel uit de soorten in de lijst." }))
    .min(1, "Kies minstens één soort waarvoor deze categorie geldt."),
);

export const categorySchema = z
  .object({
    id: optionalText(40, "Onbekende categorie."),
    name: requiredText(80, "Vul de naam van de categorie in.", "De naam is te lang (maximaal 80 tekens)."),
    description: optionalText(300, "De uitleg is te lang (maximaal 300 tekens)."),
    kinds,
    inRemit: z.enum(["ja", "nee"], { message: "Kies of de gemeente hiervoor bevoegd is." }),
    departmentId: optionalText(40, "Onbekende dienst."),
    targetDays: z
      .string()
      .trim()
      .min(1, "Vul de streeftermijn in dagen in.")
      .regex(/^\d{1,3}$/, "Vul de streeftermijn in als een geheel aantal dagen.")
      .transform(Number)
      .refine((n) => n >= 1 && n <= 365, "De streeftermijn ligt tussen 1 en 365 dagen."),
    requiresLocation: checkbox,
    referralName: optionalText(120, "De naam is te lang (maximaal 120 tekens)."),
    referralText: optionalText(600, "De uitleg is te lang (maximaal 600 tekens)."),
    referralUrl: optionalText(300, "De link is te lang.").refine(
      (v) => v === undefined || /^https:\/\/[^\s/$.?#][^\s]*$/i.test(v),
      "Vul een volledige link in die begint met https://.",
    ),
  })
  .superRefine((input, ctx) => {
    if (input.inRemit === "ja" && !input.departmentId)
      ctx.addIssue({
        code: "custom",
        path: ["departmentId"],
        message: "Kies de dienst die deze meldingen behandelt.",
      });
    if (input.inRemit === "nee") {
      if (!input.referralText)
        ctx.addIssue({
          code: "custom",
          path: ["referralText"],
          message: "Leg uit waar de inwoner wel terechtkan.",
        });
      if (!input.referralUrl)
        ctx.addIssue({
          code: "custom",
          path: ["referralUrl"],
          message: "Geef de link naar de bevoegde dienst.",
        });
    }
  });

export type CategoryInput = Loose<z.infer<typeof categorySchema>>;

export const categoryActiveSchema = z.object({
  id: z.string().min(1),
  active: z.enum(["ja", "nee"]),
});

export const retentionSchema = z.object({
  retentionMonths: z
    .string()
    .trim()
    .regex(/^\d{1,3}$/, "Vul een geheel aantal maanden in.")
    .transform(Number)
    .refine((n) => n >= 1 && n <= 120, "Kies tussen 1 en 120 maanden."),
});
