// What a posted form means, the same in the browser (before posting) and on the server (the
// authority). Field names are paths: `lines.0.quantity` becomes { lines: [{ quantity }] }, and a
// name sent more than once (a checkbox group) becomes an array. Shared by the form kit's client
// check and formAction, so both judge exactly the same object.

export type FormValues = { [key: string]: FormValue };
export type FormValue = string | File | FormValue[] | FormValues | undefined;

/** Fields the framework adds to a form post (server action ids, React's own markers). */
const isFrameworkField = (key: string) => key.startsWith("$ACTION") || key.startsWith("$$");

/** The honeypot field that people never fill in; its value is never sent back to the browser. */
export const HONEYPOT_FIELD = "website";

function pathOf(name: string): string[] {
  return name.split(".").filter((part) => part !== "");
}

// Segment names come from our own forms, but a hostile post could send `__proto__.x`.
const UNSAFE_SEGMENTS = new Set(["__proto__", "prototype", "constructor"]);

function assign(target: FormValues | FormValue[], path: string[], value: FormValue): void {
  const [head, ...rest] = path;
  if (head === undefined || UNSAFE_SEGMENTS.has(head)) return;
  const slot = target as Record<string, FormValue>;
  if (rest.length === 0) {
    const existing = slot[head];
    slot[head] = existing === undefined ? value : ([] as FormValue[]).concat(existing as FormValue, value);
    return;
  }
  const nextIsIndex = /^\d+$/.test(rest[0]!);
  let child = slot[head];
  if (child === undefined || typeof child !== "object" || child instanceof File) {
    child = nextIsIndex ? [] : {};
    slot[head] = child;
  }
  assign(child as FormValues | FormValue[], rest, value);
}

/** Drops the holes a sparse array gets when a repeating row was removed in the browser. */
function compact(value: FormValue): FormValue {
  if (Array.isArray(value)) return value.filter((v) => v !== undefined).map(compact);
  if (value && typeof value === "object" && !(value instanceof File)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compact(v)]));
  }
  return value;
}

/**
 * FormData to a nested object. Empty strings stay (zod decides what empty means); an empty file
 * input (no file chosen) is left out.
 */
export function formDataToObject(formData: FormData): FormValues {
  const out: FormValues = {};
  for (const [key, value] of formData.entries()) {
    if (isFrameworkField(key)) continue;
    if (typeof value !== "string" && value.size === 0 && value.name === "") continue;
    assign(out, pathOf(key), value);
  }
  return compact(out) as FormValues;
}

/** What to give back to the browser after a refused post: everything but files and the honeypot. */
export function submittedValues(formData: FormData): FormValues {
  const values = formDataToObject(formData);
  delete values[HONEYPOT_FIELD];
  return stripFiles(values) as FormValues;
}

function stripFiles(value: FormValue): FormValue {
  if (value instanceof File) return undefined;
  if (Array.isArray(value)) return value.map(stripFiles).filter((v) => v !== undefined);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .map(([k, v]) => [k, stripFiles(v)] as const)
        .filter(([, v]) => v !== undefined),
    );
  }
  return value;
}

/** The value at a field path (`lines.0.quantity`) of a nested object. */
export function valueAt(values: unknown, name: string): unknown {
  let current = values;
  for (const part of pathOf(name)) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** A field's value as the strings a form control can show (a checkbox group has several). */
export function stringsAt(values: unknown, name: string): string[] {
  const value = valueAt(values, name);
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string");
}
