// The designer's operations on a working copy of a form definition, as pure functions: each takes
// a definition and returns the next one checked by the engine's schema, or a Dutch refusal. The
// server actions store what these return; nothing else edits a definition.
import { type FieldDefinition, type FormDefinition, type PageDefinition } from "@/lib/form-engine";
import { type DesignerType, type FieldPatch, newField, patchField } from "./fields";
import { keyFromLabel, uniqueKey } from "./keys";
import { designerMessages as m } from "./messages";
import { dropReferences } from "./references";
import { type EditResult, checked, refused } from "./validate";

export type Direction = "up" | "down";

const allKeys = (def: FormDefinition) => new Set(def.pages.flatMap((p) => p.fields.map((f) => f.key)));

function locate(def: FormDefinition, fieldKey: string) {
  for (const [pi, page] of def.pages.entries()) {
    const fi = page.fields.findIndex((f) => f.key === fieldKey);
    if (fi >= 0) return { pi, fi, page, field: page.fields[fi]! };
  }
  return null;
}

function swap<T>(list: readonly T[], index: number, direction: Direction): T[] | null {
  const other = direction === "up" ? index - 1 : index + 1;
  if (index < 0 || other < 0 || other >= list.length) return null;
  const next = [...list];
  [next[index], next[other]] = [next[other]!, next[index]!];
  return next;
}

function withPage(def: FormDefinition, pi: number, page: PageDefinition): FormDefinition {
  return { ...def, pages: def.pages.map((p, i) => (i === pi ? page : p)) };
}

/** The form a new product starts with: one page with one open question. */
export function starterDefinition(): FormDefinition {
  return {
    pages: [
      {
        key: "aanvraag",
        title: m.starterPage,
        fields: [newField("textarea", "omschrijving", m.starterField)],
      },
    ],
    derived: [],
  };
}

/** A new page at the end, with its first field (a page is never empty). */
export function addPage(def: FormDefinition, title: string, type: DesignerType, label: string): EditResult {
  const pageKey = uniqueKey(keyFromLabel(title, "pagina"), new Set(def.pages.map((p) => p.key)));
  const fieldKey = uniqueKey(keyFromLabel(label), allKeys(def));
  const page: PageDefinition = { key: pageKey, title, fields: [newField(type, fieldKey, label)] };
  return checked({ ...def, pages: [...def.pages, page] });
}

export function renamePage(def: FormDefinition, pageKey: string, title: string, intro?: string): EditResult {
  const pi = def.pages.findIndex((p) => p.key === pageKey);
  if (pi < 0) return refused(m.pageNotFound);
  const page: PageDefinition = { ...def.pages[pi]!, title };
  if (intro) page.intro = intro;
  else delete page.intro;
  return checked(withPage(def, pi, page));
}

export function movePage(def: FormDefinition, pageKey: string, direction: Direction): EditResult {
  const pi = def.pages.findIndex((p) => p.key === pageKey);
  if (pi < 0) return refused(m.pageNotFound);
  const pages = swap(def.pages, pi, direction);
  return pages ? checked({ ...def, pages }) : refused(m.cannotMove);
}

/** Removes a page with its fields, and every condition or rule that read one of them. */
export function removePage(def: FormDefinition, pageKey: string): EditResult {
  const page = def.pages.find((p) => p.key === pageKey);
  if (!page) return refused(m.pageNotFound);
  if (def.pages.length === 1) return refused(m.lastPage);
  const rest = { ...def, pages: def.pages.filter((p) => p !== page) };
  return checked(dropReferences(rest, new Set(page.fields.map((f) => f.key))));
}

/** A new field at the end of a page; its key comes from the label and is unique in the form. */
export function addField(
  def: FormDefinition,
  pageKey: string,
  type: DesignerType,
  label: string,
): EditResult {
  const pi = def.pages.findIndex((p) => p.key === pageKey);
  if (pi < 0) return refused(m.pageNotFound);
  const page = def.pages[pi]!;
  const field = newField(type, uniqueKey(keyFromLabel(label), allKeys(def)), label);
  return checked(withPage(def, pi, { ...page, fields: [...page.fields, field] }));
}

export function updateField(def: FormDefinition, fieldKey: string, patch: FieldPatch): EditResult {
  const at = locate(def, fieldKey);
  if (!at) return refused(m.fieldNotFound);
  const fields = at.page.fields.map((f, i) => (i === at.fi ? patchField(f, patch) : f));
  return checked(withPage(def, at.pi, { ...at.page, fields }));
}

/** Up or down within its page; a move above the field its condition reads is refused. */
export function moveField(def: FormDefinition, fieldKey: string, direction: Direction): EditResult {
  const at = locate(def, fieldKey);
  if (!at) return refused(m.fieldNotFound);
  const fields = swap(at.page.fields, at.fi, direction);
  return fields ? checked(withPage(def, at.pi, { ...at.page, fields })) : refused(m.cannotMove);
}

/** Removes a field and every condition or rule that read it (those fields then always show). */
export function removeField(def: FormDefinition, fieldKey: string): EditResult {
  const at = locate(def, fieldKey);
  if (!at) return refused(m.fieldNotFound);
  if (at.page.fields.length === 1) return refused(m.lastField);
  const fields = at.page.fields.filter((_, i) => i !== at.fi);
  return checked(dropReferences(withPage(def, at.pi, { ...at.page, fields }), new Set([fieldKey])));
}

export function findField(def: FormDefinition, fieldKey: string): FieldDefinition | undefined {
  return locate(def, fieldKey)?.field;
}
