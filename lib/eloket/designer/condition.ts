// The designer's conditions: "show this field when <an earlier yes/no or choice field> equals <one
// of its answers>", alone or up to three of them joined by ALL or ANY, as the engine's
// `{ field, op: "equals", value }` inside `{ all: [...] }` or `{ any: [...] }`. A choice is one
// string "<field>:<value>", so each part of the condition is one select that works without
// JavaScript. A condition the designer cannot show this way is left as it is unless staff say
// to replace it; ./condition-words says it in words.
import type { FieldDefinition, FormDefinition } from "@/lib/form-engine";
import type { Comparison, Condition } from "@/lib/form-engine/conditions";
import { engineMessages } from "@/lib/form-engine/messages";
import { designerMessages as m } from "./messages";
import { type EditResult, checked, refused } from "./validate";

export type ConditionChoice = { value: string; label: string };
export type Match = "all" | "any";
/** What the condition form shows and posts: no choices means "always". */
export type ConditionSetting = { match: Match; choices: string[] };
export const MAX_CONDITIONS = 3;

export function answersOf(field: FieldDefinition): { value: string | boolean; label: string }[] {
  if (field.type === "yesNo")
    return [
      { value: true, label: engineMessages.yes },
      { value: false, label: engineMessages.no },
    ];
  // Options filled from what the portal knows (household, halls) are placeholders here.
  if (field.type === "choice" && !field.prefill) return field.options;
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

export const everyField = (def: FormDefinition) => def.pages.flatMap((p) => p.fields);

export function choicesAmong(fields: readonly FieldDefinition[]): ConditionChoice[] {
  return fields.flatMap((f) =>
    answersOf(f).map((a) => ({ value: encode(f.key, a.value), label: `"${f.label}" is "${a.label}"` })),
  );
}

export function conditionChoices(def: FormDefinition, fieldKey: string): ConditionChoice[] {
  return choicesAmong(earlier(def, fieldKey));
}

/** The engine's comparison for a choice among these fields, or the Dutch reason it is not one. */
export function comparisonFor(fields: readonly FieldDefinition[], choice: string): Comparison | string {
  const [key] = choice.split(":", 1) as [string];
  const source = fields.find((f) => f.key === key);
  if (!source || answersOf(source).length === 0) return m.conditionField;
  const answer = answersOf(source).find((a) => encode(key, a.value) === choice);
  if (!answer) return m.conditionValue;
  return { field: key, op: "equals", value: answer.value };
}

/** The choice of a simple equals comparison, or null when the condition is anything else. */
export function choiceOf(c: Condition): string | null {
  if ("field" in c && c.op === "equals" && (typeof c.value === "string" || typeof c.value === "boolean"))
    return encode(c.field, c.value);
  return null;
}

/** What the condition form shows for a field; null when its condition is not one it can show. */
export function currentConditions(field: FieldDefinition): ConditionSetting | null {
  const c = field.showWhen;
  if (!c) return { match: "all", choices: [] };
  const single = choiceOf(c);
  if (single !== null) return { match: "all", choices: [single] };
  const match: Match | null = "all" in c ? "all" : "any" in c ? "any" : null;
  const parts = "all" in c ? c.all : "any" in c ? c.any : [];
  if (!match || parts.length < 2 || parts.length > MAX_CONDITIONS) return null;
  const choices = parts.map(choiceOf);
  return choices.every((x) => x !== null) ? { match, choices: choices as string[] } : null;
}

/** The single select's value: "" when always shown, null when not one simple condition. */
export function currentCondition(field: FieldDefinition): string | null {
  const setting = currentConditions(field);
  if (!setting || setting.choices.length > 1) return null;
  return setting.choices[0] ?? "";
}

/** The engine's condition for a setting; undefined is "always"; a string is a Dutch refusal. */
export function conditionFrom(
  fields: readonly FieldDefinition[],
  setting: ConditionSetting,
): Condition | undefined | string {
  const choices = [...new Set(setting.choices.filter((c) => c !== ""))];
  if (choices.length > MAX_CONDITIONS) return m.tooManyConditions;
  const parts: Comparison[] = [];
  for (const choice of choices) {
    const part = comparisonFor(fields, choice);
    if (typeof part === "string") return part;
    parts.push(part);
  }
  if (parts.length === 0) return undefined;
  if (parts.length === 1) return parts[0];
  return setting.match === "any" ? { any: parts } : { all: parts };
}

/**
 * Sets (or with no choices clears) the condition of a field. A condition the form cannot show is
 * only replaced when `replace` says so, so saving the form never loses it by accident.
 */
export function setConditions(
  def: FormDefinition,
  fieldKey: string,
  setting: ConditionSetting,
  replace = false,
): EditResult {
  const field = everyField(def).find((f) => f.key === fieldKey);
  if (!field) return refused(m.fieldNotFound);
  if (field.type === "info" && setting.choices.some((c) => c !== "")) return refused(m.noConditionOnInfo);
  if (!replace && currentConditions(field) === null) return refused(m.conditionNotShown);
  const condition = conditionFrom(earlier(def, fieldKey), setting);
  if (typeof condition === "string") return refused(condition);
  const pages = def.pages.map((page) => ({
    ...page,
    fields: page.fields.map((f) => {
      if (f.key !== fieldKey) return f;
      const next = { ...f };
      if (condition === undefined) delete next.showWhen;
      else next.showWhen = condition;
      return next;
    }),
  }));
  return checked({ ...def, pages });
}

/** One simple condition (or "" for always), replacing whatever the field had. */
export function setCondition(def: FormDefinition, fieldKey: string, choice: string): EditResult {
  return setConditions(def, fieldKey, { match: "all", choices: choice ? [choice] : [] }, true);
}
