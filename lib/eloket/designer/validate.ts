// Judging a definition the designer produced: the engine's own schema (formDefinitionSchema),
// with its refusal said in Dutch and pointing at the page or field it is about.
import type { z } from "zod";
import { type FormDefinition, formDefinitionSchema } from "@/lib/form-engine";
import { designerMessages as m } from "./messages";

export type EditResult = { ok: true; definition: FormDefinition } | { ok: false; message: string };

export const refused = (message: string): EditResult => ({ ok: false, message });

function where(path: PropertyKey[], def: FormDefinition): string {
  const [, pi, , fi] = path;
  const page = typeof pi === "number" ? def.pages[pi] : undefined;
  const field = page && typeof fi === "number" ? page.fields[fi] : undefined;
  if (field) return `Veld "${field.label}"`;
  if (page) return `Pagina "${page.title}"`;
  return "Het formulier";
}

function describe(issue: z.core.$ZodIssue, def: FormDefinition): string {
  if (issue.code === "custom") return issue.message;
  const at = where(issue.path, def);
  if (issue.code === "too_big") return m.tooLong(at);
  if (issue.code === "too_small") return m.tooShort(at);
  return m.invalid(at);
}

/** The definition when the engine accepts it, else the first reason in Dutch. */
export function checked(next: FormDefinition): EditResult {
  const parsed = formDefinitionSchema.safeParse(next);
  if (parsed.success) return { ok: true, definition: parsed.data };
  return refused(describe(parsed.error.issues[0]!, next));
}
