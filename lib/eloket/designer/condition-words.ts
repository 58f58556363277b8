// Any condition of a definition said in Dutch words, for the designer's outline and for the
// conditions it cannot edit ("niet (…)", "groter dan", nested all/any): staff see what a field or a
// fee rule depends on even when the designer leaves it as it is. Plain text, shown as text.
import type { FieldDefinition, FormDefinition } from "@/lib/form-engine";
import type { Condition, ConditionOp, Scalar } from "@/lib/form-engine/conditions";
import { engineMessages } from "@/lib/form-engine/messages";
import { everyField } from "./condition";

const OPS: Record<ConditionOp, string> = {
  equals: "is",
  notEquals: "is niet",
  in: "is een van",
  filled: "is ingevuld",
  empty: "is leeg",
  gt: "is groter dan",
  lt: "is kleiner dan",
};

function valueWords(field: FieldDefinition | undefined, value: Scalar): string {
  if (typeof value === "boolean") return value ? engineMessages.yes : engineMessages.no;
  if (field?.type === "choice") return field.options.find((o) => o.value === value)?.label ?? String(value);
  return String(value);
}

function words(fields: readonly FieldDefinition[], c: Condition, depth: number): string {
  const nested = (parts: Condition[], joint: string) => {
    const text = parts.map((p) => words(fields, p, depth + 1)).join(joint);
    return depth > 0 ? `(${text})` : text;
  };
  if (depth > 8) return "…";
  if ("all" in c) return nested(c.all, " en ");
  if ("any" in c) return nested(c.any, " of ");
  if ("not" in c) return `niet (${words(fields, c.not, 0)})`;
  const field = fields.find((f) => f.key === c.field);
  const name = `"${field?.label ?? c.field}"`;
  if (c.value === undefined) return `${name} ${OPS[c.op]}`;
  const values = (Array.isArray(c.value) ? c.value : [c.value]).map((v) => `"${valueWords(field, v)}"`);
  return `${name} ${OPS[c.op]} ${values.join(", ")}`;
}

/** `"Heb je een put?" is "Ja" en "Inhoud" is groter dan "5000"`, in the labels of the form. */
export function describeCondition(def: FormDefinition, condition: Condition): string {
  return words(everyField(def), condition, 0);
}
