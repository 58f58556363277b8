// compile(definition, answers, page?) → the zod schema of what a page (or the whole form) posts.
// Fields are judged in their order: a field is visible when its condition holds over the answers
// known before it (earlier pages, and the fields above it on this page as just parsed), so the
// browser and the server agree on what is asked. Hidden fields' answers are dropped, never kept.
import { z } from "zod";
import type { FormValue, FormValues } from "@/lib/forms/form-data";
import { type Answers, evaluate } from "./conditions";
import { type AnswerField, type FormDefinition, type PageDefinition, answerFields } from "./definition";
import { dateOrderIssue } from "./date-order";
import { type FieldContext, type FileRef, fieldSchema } from "./field-schemas";

export type CompileOptions = FieldContext & { page?: string };

function pagesOf(def: FormDefinition, page?: string): PageDefinition[] {
  if (page === undefined) return def.pages;
  const found = def.pages.find((p) => p.key === page);
  return found ? [found] : [];
}

/** The answers with this page's own fields removed: what is known before the page is filled in. */
function before(def: FormDefinition, answers: Answers, pages: PageDefinition[]): Answers {
  const own = new Set(pages.flatMap((p) => p.fields.map((f) => f.key)));
  return Object.fromEntries(Object.entries(answers).filter(([k]) => !own.has(k)));
}

export function compile(def: FormDefinition, answers: Answers, options: CompileOptions): z.ZodType<Answers> {
  const pages = pagesOf(def, options.page);
  const known = before(def, answers, pages);
  return z.record(z.string(), z.unknown()).transform((input, ctx) => {
    const out: Answers = {};
    for (const page of pages)
      for (const field of answerFields(page.fields)) {
        if (!evaluate(field.showWhen, { ...known, ...out })) continue;
        const parsed = fieldSchema(field, options, answers[field.key]).safeParse(input[field.key]);
        const order = parsed.success ? dateOrderIssue(def, field, parsed.data, { ...known, ...out }) : null;
        if (order) ctx.addIssue({ code: "custom", message: order, path: [field.key] });
        else if (parsed.success) {
          if (parsed.data !== undefined) out[field.key] = parsed.data;
        } else
          for (const issue of parsed.error.issues)
            ctx.addIssue({ code: "custom", message: issue.message, path: [field.key, ...issue.path] });
      }
    return out;
  });
}

/** The fields of a page shown for these answers (the answers of the page itself included). */
export function visibleFields(def: FormDefinition, answers: Answers, page: PageDefinition) {
  const known = before(def, answers, [page]);
  const shown = [];
  for (const field of page.fields) {
    const visible = evaluate(field.showWhen, known);
    if (visible) shown.push(field);
    if (visible && field.type !== "info" && answers[field.key] !== undefined)
      known[field.key] = answers[field.key];
  }
  return shown;
}

/** A page applies when one of its questions is asked; pages that do not stay in the step list. */
export function pageApplies(def: FormDefinition, answers: Answers, page: PageDefinition): boolean {
  return visibleFields(def, answers, page).some((f) => f.type !== "info");
}

/** Only the answers of fields that are visible now (after an earlier answer changed). */
export function keepVisible(def: FormDefinition, answers: Answers): Answers {
  const out: Answers = {};
  for (const page of def.pages)
    for (const field of answerFields(page.fields))
      if (evaluate(field.showWhen, out) && answers[field.key] !== undefined)
        out[field.key] = answers[field.key];
  return out;
}

function formValueOf(field: AnswerField, value: unknown): FormValue {
  if (value === undefined || value === null) return undefined;
  if (field.type === "file") return undefined; // files are kept by the schema from the stored refs
  if (field.type === "yesNo") return value ? "ja" : "nee";
  if (field.type === "signature") return value ? "on" : undefined;
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return value;
  if (Array.isArray(value))
    return value.map((v) => (typeof v === "object" ? toStrings(v) : String(v))) as FormValue[];
  if (typeof value === "object") return toStrings(value);
  return String(value);
}

function toStrings(value: object): FormValues {
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      k,
      v === undefined || v === null
        ? undefined
        : typeof v === "object"
          ? toStrings(v)
          : typeof v === "boolean"
            ? v
              ? "ja"
              : "nee"
            : String(v),
    ]),
  );
}

/** Stored answers as the form posts them: a page's fields show them, and a whole submission is re-judged from them. */
export function toFormValues(def: FormDefinition, answers: Answers): FormValues {
  const out: FormValues = {};
  for (const page of def.pages)
    for (const field of answerFields(page.fields)) out[field.key] = formValueOf(field, answers[field.key]);
  return out;
}

export type { FileRef };

/**
 * The answers a page holds while it is being filled in (the browser, or a refused post): each of
 * its fields judged on its own, keeping what is valid so far. Only for deciding what to show;
 * what is stored is always judged by compile().
 */
export function liveAnswers(
  def: FormDefinition,
  answers: Answers,
  page: PageDefinition,
  values: FormValues,
  context: FieldContext,
): Answers {
  const out = before(def, answers, [page]);
  for (const field of answerFields(page.fields)) {
    if (field.type === "file") continue;
    const parsed = fieldSchema(field, context, answers[field.key]).safeParse(values[field.key]);
    if (parsed.success && parsed.data !== undefined) out[field.key] = parsed.data;
  }
  return out;
}
