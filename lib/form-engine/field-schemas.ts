// The zod schema of one field of a definition, built from the kit's building blocks
// (lib/forms), so an engine field means what the same hand-written field means everywhere else.
import { z } from "zod";
import { isCalendarDate } from "@/lib/be/calendar-date";
import { normaliseIban } from "@/lib/be/iban";
import { normalisePlate } from "@/lib/be/vehicle-plate";
import { addressSchema, optionalAddressSchema } from "@/lib/forms/address";
import {
  checkbox,
  choices,
  email,
  optionalEmail,
  optionalPhoneNumber,
  optionalText,
  phoneNumber,
  requiredText,
} from "@/lib/forms/fields";
import { locationSchema } from "@/lib/forms/location";
import { SAFE_PATTERNS, type AnswerField, type SimpleFieldDefinition } from "./definition";
import { engineMessages as m } from "./messages";

export type FieldContext = { today: string };

const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** Optional fields: empty becomes undefined and skips the check; required ones get `message`. */
function maybe(schema: z.ZodType<unknown, string>, required: boolean, message: string): z.ZodType {
  const given = z.string({ error: message });
  return required
    ? z.preprocess(emptyToUndefined, given.pipe(schema))
    : z.preprocess(emptyToUndefined, given.pipe(schema).optional());
}

function textish(f: Extract<SimpleFieldDefinition, { type: "text" | "textarea" }>) {
  const pattern = f.type === "text" && f.pattern ? SAFE_PATTERNS[f.pattern] : undefined;
  const ok = (v: string | undefined) => !pattern || v === undefined || pattern.regex.test(v);
  const message = pattern?.message ?? "";
  return f.required
    ? requiredText(m.fillIn(f.label), { max: f.maxLength }).refine(ok, message)
    : optionalText({ max: f.maxLength }).refine(ok, message);
}

function normalised(normalise: (s: string) => string | null, message: string) {
  return z
    .string()
    .max(60, message)
    .transform((v, ctx) => normalise(v) ?? (ctx.addIssue({ code: "custom", message }), z.NEVER));
}

export function simpleFieldSchema(f: SimpleFieldDefinition, context: FieldContext): z.ZodType {
  switch (f.type) {
    case "text":
    case "textarea":
      return textish(f);
    case "number": {
      const message = m.number(f.min, f.max);
      const n = z
        .string()
        .trim()
        .regex(/^-?\d{1,10}$/, message)
        .transform(Number)
        .refine((x) => x >= f.min && x <= f.max, message);
      return maybe(n, f.required, m.fillIn(f.label));
    }
    case "date": {
      const d = z
        .string()
        .refine(isCalendarDate, m.chooseDate(f.label))
        .refine((v) => !f.notInPast || v >= context.today, m.notInPast);
      return maybe(d, f.required, m.chooseDate(f.label));
    }
    case "email":
      return f.required ? email() : optionalEmail();
    case "phone":
      return f.required ? phoneNumber() : optionalPhoneNumber();
    case "iban":
      return maybe(normalised(normaliseIban, m.iban), f.required, m.fillIn(f.label));
    case "vehiclePlate":
      return maybe(normalised(normalisePlate, m.plate), f.required, m.fillIn(f.label));
    case "yesNo":
      return maybe(
        z.enum(["ja", "nee"], { error: m.choose(f.label) }).transform((v) => v === "ja"),
        f.required,
        m.choose(f.label),
      );
    case "choice": {
      const values = f.options.map((o) => o.value);
      if (f.display === "checkboxes") {
        const list = choices(values);
        return f.required ? list.refine((l) => l.length > 0, m.choose(f.label)) : list;
      }
      return maybe(
        z.enum(values as [string, ...string[]], { error: m.choose(f.label) }),
        f.required,
        m.choose(f.label),
      );
    }
  }
}

export type FileRef = { id: string; name: string };

/**
 * A file field: new files (File objects, cleaned and stored by the action) or, when none were
 * chosen, the files the draft already holds.
 */
function fileSchema(f: Extract<AnswerField, { type: "file" }>, stored: unknown) {
  const kept = Array.isArray(stored) ? (stored as FileRef[]) : [];
  return z.unknown().transform((v, ctx): (File | FileRef)[] => {
    const chosen = (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter(
      (x): x is File => typeof File !== "undefined" && x instanceof File,
    );
    const result = chosen.length > 0 ? chosen : kept;
    if (result.length > f.maxFiles) ctx.addIssue({ code: "custom", message: m.tooManyFiles(f.maxFiles) });
    else if (f.required && result.length === 0) ctx.addIssue({ code: "custom", message: m.file(f.label) });
    return result;
  });
}

function groupSchema(f: Extract<AnswerField, { type: "group" }>, context: FieldContext) {
  const row = z.object(Object.fromEntries(f.fields.map((sub) => [sub.key, simpleFieldSchema(sub, context)])));
  const isEmpty = (r: unknown) =>
    !r ||
    typeof r !== "object" ||
    Object.values(r).every((v) => v === undefined || v === "" || (Array.isArray(v) && v.length === 0));
  return z
    .array(z.unknown())
    .optional()
    .transform((rows) => (rows ?? []).filter((r) => !isEmpty(r)))
    .pipe(z.array(row).max(f.maxItems, m.tooManyItems(f.maxItems)))
    .refine((rows) => !f.required || rows.length > 0, m.atLeastOneItem(f.label));
}

export function fieldSchema(f: AnswerField, context: FieldContext, stored: unknown): z.ZodType {
  switch (f.type) {
    case "address":
      return f.required ? addressSchema() : optionalAddressSchema();
    case "location":
      return locationSchema({ required: f.required });
    case "file":
      return fileSchema(f, stored);
    case "signature":
      return checkbox().refine((v) => v || !f.required, m.sign);
    case "group":
      return groupSchema(f, context);
    default:
      return simpleFieldSchema(f, context);
  }
}
