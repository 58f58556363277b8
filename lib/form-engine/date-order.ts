// Dates that must follow each other (an event ends on or after its start; its set-up begins on or
// before it): a date field names the earlier field it may not come before or after. Judged where
// every field is judged (compile), so the browser and the server refuse the same answers, with the
// message on the later field, the one the resident just typed.
import type { Answers } from "./conditions";
import type { AnswerField, FormDefinition } from "./definition";
import { engineMessages as m } from "./messages";

function labelOf(def: FormDefinition, key: string): string {
  for (const page of def.pages) for (const f of page.fields) if (f.key === key) return f.label;
  return key;
}

/** The Dutch message when this date answer is out of order with the one it names, else null. */
export function dateOrderIssue(
  def: FormDefinition,
  field: AnswerField,
  value: unknown,
  known: Answers,
): string | null {
  if (field.type !== "date" || typeof value !== "string") return null;
  const before = field.notBefore ? known[field.notBefore] : undefined;
  if (typeof before === "string" && value < before)
    return m.notBefore(field.label, labelOf(def, field.notBefore!));
  const after = field.notAfter ? known[field.notAfter] : undefined;
  if (typeof after === "string" && value > after)
    return m.notAfter(field.label, labelOf(def, field.notAfter!));
  return null;
}
