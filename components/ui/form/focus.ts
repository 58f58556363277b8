// Focus on a field by its kit id (the id the error summary links to), for every field type alike:
// radio and checkbox groups are plain inputs that react-hook-form does not track, so its own
// setFocus cannot reach them.
import { fieldId } from "./context";

export function focusField(formId: string, name: string | undefined): void {
  if (!name) return;
  document.getElementById(fieldId(formId, name))?.focus();
}
