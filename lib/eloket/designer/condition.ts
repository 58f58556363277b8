// The designer's one kind of condition: "show this field when <an earlier yes/no or choice field>
// equals <one of its answers>", as the engine's `{ field, op: "equals", value }`. A choice is one
// string "<field>:<value>", so the whole condition is one select that works without JavaScript.
import type { FieldDefinition, FormDefinition } from "@/lib/form-engine";
import { engineMessages } from "@/lib/form-engine/messages";
import { designerMessages as m } from "./messages";
import { type EditResult, checked, refused } from "./validate";

export type ConditionChoice = { value: string; label: string };

function answersOf(field: FieldDefinition): { value: string | boolean; label: string }[] {
  if (field.type === "yesNo")
    return [
      { value: true, label: engineMessages.yes },
      { value: false, label: engineMessages.no },
    ];
  if (field.type === "choice") return field.options;
  return [];
}

const encode = (key: string, value: string | boolean) =>
  `${key}:${typeof value === "boolean" ? (value ? "ja" : "nee") : value}`;

/** The fields before this one (earlier pages, above it on its page) it can depend on. */
function earlier(def: FormDefinition, fieldKey: string): FieldDefinition[] {
  const before: FieldDefinition[] = [];
  for (const page of def.pages)
    for (const field of page.fields) {
      if (field.key === fieldKey) return before;
      before.push(field);
    }
  return [];
}

export function conditionChoices(def: FormDefinition, fieldKey: string): ConditionChoice[] {
  return earlier(def, fieldKey).flatMap((f) =>
    answersOf(f).map((a) => ({ value: encode(f.key, a.value), label: `"${f.label}" is "${a.label}"` })),
  );
}

/** The select's value for a field's condition: "" when always shown, null when not a simple one. */
export function currentCondition(field: FieldDefinition): string | null {
  const c = field.showWhen;
  if (!c) return "";
  if ("field" in c && c.op === "equals" && (typeof c.value === "string" || typeof c.value === "boolean"))
    return encode(c.field, c.value);
  return null;
}

/** Sets (or with "" clears) the condition of a field. */
export function setCondition(def: FormDefinition, fieldKey: string, choice: string): EditResult {
  let found = false;
  let problem: string | null = null;
  const pages = def.pages.map((page) => ({
    ...page,
    fields: page.fields.map((field) => {
      if (field.key !== fieldKey) return field;
      found = true;
      if (field.type === "info" && choice !== "") problem = m.noConditionOnInfo;
      const next = { ...field };
      if (choice === "") delete next.showWhen;
      else {
        const [key, raw] = choice.split(/:(.*)/s, 2) as [string, string | undefined];
        const source = earlier(def, fieldKey).find((f) => f.key === key);
        const answer = source && answersOf(source).find((a) => encode(key, a.value) === choice);
        if (!source || answersOf(source).length === 0) problem = m.conditionField;
        else if (!answer || raw === undefined) problem = m.conditionValue;
        else next.showWhen = { field: key, op: "equals", value: answer.value };
      }
      return next;
    }),
  }));
  if (!found) return refused(m.fieldNotFound);
  if (problem) return refused(problem);
  return checked({ ...def, pages });
}
