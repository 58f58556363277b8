// A form defined as data: pages of fields, with help texts, validation from a fixed safe list,
// conditions and prefill keys, plus derived-value rules (a fee, later a risk category or a
// deadline). Staff write definitions; this schema is what makes one acceptable. Every text in it
// is plain text: the renderer shows it as text, never as markup.
import { z } from "zod";
import { type Condition, conditionSchema, fieldsOf } from "./conditions";
import { derivedRuleSchema } from "./derived";
import { PREFILL_KEYS } from "./prefill-keys";

/** Patterns a text field may require, by name: staff choose one, they never write a regex. */
export const SAFE_PATTERNS = {
  digits: { regex: /^\d+$/, message: "Gebruik alleen cijfers." },
  postcode: { regex: /^[1-9]\d{3}$/, message: "Een Belgische postcode heeft 4 cijfers." },
  cadastralParcel: {
    regex: /^[A-Z]\s?\d{1,4}[A-Z]?\d{0,3}$/i,
    message: "Vul een perceelnummer in zoals A 123B of C 45.",
  },
  enterpriseNumber: {
    regex: /^[01]\d{3}\.?\d{3}\.?\d{3}$/,
    message: "Vul een ondernemingsnummer in zoals 0123.456.789.",
  },
} as const;
export type SafePattern = keyof typeof SAFE_PATTERNS;

const KEY = /^[a-z][a-zA-Z0-9]{0,39}$/;
const plain = (max: number) => z.string().trim().min(1).max(max);

const base = {
  key: z.string().regex(KEY, "Een sleutel begint met een kleine letter, alleen letters en cijfers."),
  label: plain(200),
  help: plain(600).optional(),
  required: z.boolean().default(true),
  showWhen: conditionSchema.optional(),
  prefill: z.enum(PREFILL_KEYS).optional(),
  /** Left out when an earlier case is copied into a new draft (the dates of last year's event). */
  notCopied: z.boolean().optional(),
};

const option = z.strictObject({ value: z.string().regex(/^[a-z0-9-]{1,40}$/), label: plain(200) });

const simpleFields = [
  z.strictObject({
    ...base,
    type: z.literal("text"),
    maxLength: z.number().int().min(1).max(1000).default(200),
    pattern: z.enum(Object.keys(SAFE_PATTERNS) as [SafePattern, ...SafePattern[]]).optional(),
  }),
  z.strictObject({
    ...base,
    type: z.literal("textarea"),
    maxLength: z.number().int().min(1).max(5000).default(2000),
  }),
  z.strictObject({
    ...base,
    type: z.literal("number"),
    min: z.number().int().min(-1e9).max(1e9).default(0),
    max: z.number().int().min(-1e9).max(1e9).default(1_000_000),
    unit: plain(30).optional(),
  }),
  z.strictObject({
    ...base,
    type: z.literal("date"),
    notInPast: z.boolean().default(false),
    /** An earlier date field this one may not come before (the end of an event, its start). */
    notBefore: z.string().regex(KEY).optional(),
    /** An earlier date field this one may not come after (the set-up, the event's start). */
    notAfter: z.string().regex(KEY).optional(),
  }),
  z.strictObject({ ...base, type: z.literal("email") }),
  z.strictObject({ ...base, type: z.literal("phone") }),
  z.strictObject({ ...base, type: z.literal("iban") }),
  z.strictObject({ ...base, type: z.literal("vehiclePlate") }),
  z.strictObject({ ...base, type: z.literal("yesNo") }),
  z.strictObject({
    ...base,
    type: z.literal("choice"),
    display: z.enum(["radio", "select", "checkboxes"]).default("radio"),
    options: z.array(option).min(1).max(50),
  }),
] as const;

const simpleField = z.discriminatedUnion("type", [...simpleFields]);

const field = z.discriminatedUnion("type", [
  ...simpleFields,
  z.strictObject({ ...base, type: z.literal("address") }),
  z.strictObject({ ...base, type: z.literal("location") }),
  z.strictObject({
    ...base,
    type: z.literal("file"),
    maxFiles: z.number().int().min(1).max(10).default(1),
    kinds: z
      .array(z.enum(["image", "pdf"]))
      .min(1)
      .default(["image", "pdf"]),
  }),
  z.strictObject({ ...base, type: z.literal("signature"), statement: plain(600) }),
  z.strictObject({
    ...base,
    type: z.literal("group"),
    itemLabel: plain(60),
    fields: z.array(simpleField).min(1).max(10),
    maxItems: z.number().int().min(1).max(20).default(10),
  }),
  // Static help between fields; it has a key (for ordering in the designer) but no answer.
  z.strictObject({
    key: base.key,
    type: z.literal("info"),
    label: plain(200),
    text: plain(2000),
    showWhen: base.showWhen,
  }),
]);

export type FieldDefinition = z.output<typeof field>;
export type SimpleFieldDefinition = z.output<typeof simpleField>;
export type AnswerField = Exclude<FieldDefinition, { type: "info" }>;

const page = z.strictObject({
  key: z.string().regex(KEY),
  title: plain(120),
  intro: plain(1000).optional(),
  fields: z.array(field).min(1).max(40),
});

export type PageDefinition = z.output<typeof page>;

function checkReferences(
  def: { pages: PageDefinition[]; derived: { when?: Condition }[] },
  ctx: z.RefinementCtx,
) {
  const seen = new Set<string>();
  def.pages.forEach((p, pi) =>
    p.fields.forEach((f, fi) => {
      const path = ["pages", pi, "fields", fi];
      for (const ref of fieldsOf(f.showWhen))
        if (!seen.has(ref))
          ctx.addIssue({
            code: "custom",
            path: [...path, "showWhen"],
            message: `Een voorwaarde kan alleen verwijzen naar een eerder veld, niet naar "${ref}".`,
          });
      if (seen.has(f.key))
        ctx.addIssue({
          code: "custom",
          path: [...path, "key"],
          message: `De sleutel "${f.key}" komt twee keer voor.`,
        });
      seen.add(f.key);
      if (f.type === "choice" && new Set(f.options.map((o) => o.value)).size !== f.options.length)
        ctx.addIssue({
          code: "custom",
          path: [...path, "options"],
          message: "Elke keuze heeft een eigen waarde.",
        });
      if (f.type === "date")
        for (const ref of [f.notBefore, f.notAfter])
          if (ref !== undefined && !seen.has(ref))
            ctx.addIssue({
              code: "custom",
              path: [...path, ref === f.notBefore ? "notBefore" : "notAfter"],
              message: `Een datum kan alleen vergeleken worden met een eerder veld, niet met "${ref}".`,
            });
      if (f.type === "number" && f.min > f.max)
        ctx.addIssue({
          code: "custom",
          path: [...path, "max"],
          message: "Het maximum is kleiner dan het minimum.",
        });
    }),
  );
  if (new Set(def.pages.map((p) => p.key)).size !== def.pages.length)
    ctx.addIssue({ code: "custom", path: ["pages"], message: "Elke pagina heeft een eigen sleutel." });
  def.derived.forEach((rule, ri) => {
    for (const ref of fieldsOf(rule.when))
      if (!seen.has(ref))
        ctx.addIssue({ code: "custom", path: ["derived", ri, "when"], message: `Onbekend veld "${ref}".` });
  });
}

export const formDefinitionSchema = z
  .strictObject({
    pages: z.array(page).min(1).max(20),
    derived: z.array(derivedRuleSchema).max(50).default([]),
  })
  .superRefine(checkReferences);

export type FormDefinition = z.output<typeof formDefinitionSchema>;
export type FormDefinitionInput = z.input<typeof formDefinitionSchema>;

/** Parses a stored definition (JSON from the database); a broken one is a programming error. */
export function parseDefinition(json: unknown): FormDefinition {
  return formDefinitionSchema.parse(json);
}

export function answerFields(fields: readonly FieldDefinition[]): AnswerField[] {
  return fields.filter((f): f is AnswerField => f.type !== "info");
}
