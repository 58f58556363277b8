// The zod schema of each designer form; one small form per operation, each naming the product
// (and the page or field) it works on. What the engine then thinks of the result is ./validate.
import { z } from "zod";
import { parseEuroToCents } from "@/lib/be/money";
import {
  checkbox,
  choices,
  oneOf,
  optionalText,
  optionalWholeNumber,
  requiredText,
  wholeNumber,
} from "@/lib/forms/fields";
import { DESIGNER_TYPES, SUB_TYPES } from "./fields";

const id = (message = "Onbekend product.") => requiredText(message, { max: 60 });
const key = requiredText("Onbekend onderdeel van het formulier.", { max: 40 });
const type = oneOf(DESIGNER_TYPES, "Kies het soort veld.");
const label = requiredText("Vul de vraag of titel in.", { max: 200 });
const direction = oneOf(["up", "down"], "Kies omhoog of omlaag.");

export const AUDIENCES = ["RESIDENT", "HOUSEHOLD_MEMBER", "ASSOCIATION"] as const;

export const productSchema = z.object({
  name: requiredText("Vul de naam van het product in.", { max: 120 }),
  slug: optionalText({ max: 60 }).refine(
    (v) => v === undefined || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v),
    "Het adres bestaat uit kleine letters, cijfers en streepjes, zoals attest-van-woonst.",
  ),
  teamId: id("Kies een team uit de lijst."),
  summary: requiredText("Vul een korte uitleg voor inwoners in.", { max: 400 }),
  costText: requiredText("Zeg wat het kost, bijvoorbeeld Gratis.", { max: 200 }),
  slaDays: wholeNumber({
    min: 1,
    max: 365,
    message: "Vul de behandeltermijn in als een geheel aantal dagen.",
    outOfRange: "De behandeltermijn ligt tussen 1 en 365 dagen.",
  }),
  audiences: choices(AUDIENCES, "Kies uit de lijst.").refine(
    (list) => list.length > 0,
    "Kies minstens één groep die dit mag aanvragen.",
  ),
});

/** The catalogue texts after creation; the address stays (links and bookmarks use it). */
export const productDetailsSchema = productSchema.omit({ slug: true }).extend({ productId: id() });

/** The document issued at the decision: a title and a template, both or neither. */
export const documentSchema = z
  .object({
    productId: id(),
    documentTitle: optionalText({ max: 120 }),
    documentTemplate: optionalText({ max: 5000 }),
  })
  .superRefine((v, ctx) => {
    if (v.documentTitle && !v.documentTemplate)
      ctx.addIssue({
        code: "custom",
        path: ["documentTemplate"],
        message: "Schrijf de tekst van het document.",
      });
    if (v.documentTemplate && !v.documentTitle)
      ctx.addIssue({ code: "custom", path: ["documentTitle"], message: "Geef het document een titel." });
  });

export const addPageSchema = z.object({
  productId: id(),
  title: requiredText("Vul de titel van de pagina in.", { max: 120 }),
  type,
  label,
});

export const renamePageSchema = z.object({
  productId: id(),
  page: key,
  title: requiredText("Vul de titel van de pagina in.", { max: 120 }),
  intro: optionalText({ max: 1000 }),
});

export const movePageSchema = z.object({ productId: id(), page: key, direction });
export const removePageSchema = z.object({ productId: id(), page: key });
export const addFieldSchema = z.object({ productId: id(), page: key, type, label });
export const moveFieldSchema = z.object({ productId: id(), field: key, direction });
export const removeFieldSchema = z.object({ productId: id(), field: key });

const limit = (message: string, min: number, max: number, fallback: number) =>
  optionalWholeNumber({ min, max, message, fallback });

export const editFieldSchema = z.object({
  productId: id(),
  field: key,
  label,
  help: optionalText({ max: 600 }),
  required: checkbox(),
  maxLength: limit("Vul een aantal tekens van 1 tot 5000 in.", 1, 5000, 200).optional(),
  min: limit("Vul een geheel getal in.", -1_000_000_000, 1_000_000_000, 0).optional(),
  max: limit("Vul een geheel getal in.", -1_000_000_000, 1_000_000_000, 1_000_000).optional(),
  options: optionalText({ max: 5000 })
    .transform((v) =>
      v === undefined
        ? undefined
        : v
            .split(/\r?\n/)
            .map((line) => line.trim())
            .filter(Boolean),
    )
    .refine(
      (list) => list === undefined || list.every((l) => l.length <= 200),
      "Houd elke keuze korter dan 200 tekens.",
    ),
  display: oneOf(["radio", "select", "checkboxes"], "Kies hoe de keuzes getoond worden.").optional(),
  text: optionalText({ max: 2000 }),
  statement: optionalText({ max: 600 }),
  itemLabel: optionalText({ max: 60 }),
  maxItems: limit("Vul een aantal van 1 tot 20 in.", 1, 20, 10).optional(),
});

export const addSubFieldSchema = z.object({
  productId: id(),
  field: key,
  type: oneOf(SUB_TYPES, "Kies het soort vraag."),
  label,
});
export const removeSubFieldSchema = z.object({ productId: id(), field: key, sub: key });

const choice = z
  .string()
  .max(300)
  .optional()
  .transform((v) => v ?? "");

/** "Show when ALL / ANY of": up to three "<field>:<value>" choices; none is "always". */
export const conditionFormSchema = z.object({
  productId: id(),
  field: key,
  match: oneOf(["all", "any"], "Kies of alle voorwaarden moeten gelden of één ervan.").default("all"),
  condition1: choice,
  condition2: choice,
  condition3: choice,
  replace: checkbox(),
});

export const prefillFormSchema = z.object({ productId: id(), field: key, prefill: choice });

export const FEE_KINDS = ["none", "fixed", "perUnit", "perDay"] as const;
const feeAmount = "Vul een bedrag groter dan nul in, zoals 5 of 2,50.";

export const feeFormSchema = z
  .object({
    productId: id(),
    kind: oneOf(FEE_KINDS, "Kies hoe de kostprijs berekend wordt."),
    amount: optionalText({ max: 30 }),
    unitField: optionalText({ max: 40 }),
    fromField: optionalText({ max: 40 }),
    toField: optionalText({ max: 40 }),
    exemptWhen: optionalText({ max: 300 }),
    exemptReason: optionalText({ max: 200 }),
    replace: checkbox(),
  })
  .transform(({ amount, ...rest }, ctx) => {
    if (rest.kind === "none") return { ...rest, cents: undefined };
    const cents = amount === undefined ? null : parseEuroToCents(amount);
    if (cents === null || cents <= 0 || cents > 10_000_000) {
      ctx.addIssue({ code: "custom", path: ["amount"], message: feeAmount });
      return z.NEVER;
    }
    return { ...rest, cents };
  });

export const publishSchema = z.object({ productId: id() });
