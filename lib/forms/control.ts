// Characters a form may not carry: PostgreSQL cannot store NUL in text, and the other control
// characters (tab, line feed and carriage return excepted) have no business in what people type.
// One definition for the zod building blocks (lib/forms/fields.ts) and for formAction, which
// refuses them in any field before a schema sees it, so no form can let one reach the database.
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
export const CONTROL_MESSAGE = "Dit veld bevat een teken dat we niet kunnen bewaren.";

/** The fields of `formData` (by their path, "lines.0.name") whose text holds a control character. */
export function fieldsWithControlCharacters(formData: FormData): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$")) continue; // the framework's own fields
    if ((typeof value === "string" && CONTROL_CHARACTER.test(value)) || CONTROL_CHARACTER.test(key))
      out[key.replace(/\p{Cc}/gu, "")] = [CONTROL_MESSAGE];
  }
  return out;
}
