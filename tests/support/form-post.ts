// A form post as the server reads it: flat field names (`types.0.label`, `quantities.<id>`) made
// nested by the kit's own formDataToObject, so tests parse exactly what a browser would send.
import { type FormValues, formDataToObject } from "@/lib/forms/form-data";

export function posted(fields: Record<string, string | undefined>): FormValues {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) data.append(name, value);
  return formDataToObject(data);
}
