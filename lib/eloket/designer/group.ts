// Repeating groups in the designer: a group field ("Voertuigen", each one "Voertuig 1", "Voertuig 2"
// …) asks the same few simple questions for every repeat, up to its maximum; "verplicht" asks at
// least one. Its sub-fields are added and removed here, as pure edits checked by the engine's schema;
// a new group and its own settings (the name of one repeat, the maximum) are in ./fields.
import type { FieldDefinition, FormDefinition } from "@/lib/form-engine";
import type { SimpleFieldDefinition } from "@/lib/form-engine/definition";
import { type SUB_TYPES, newField } from "./fields";
import { keyFromLabel, uniqueKey } from "./keys";
import { designerMessages as m } from "./messages";
import { type EditResult, checked, refused } from "./validate";

type Group = Extract<FieldDefinition, { type: "group" }>;
export type SubType = (typeof SUB_TYPES)[number];

function newSubField(type: SubType, key: string, label: string): SimpleFieldDefinition {
  // Every sub-type is a simple field type, so newField makes a simple field of it.
  return newField(type, key, label) as SimpleFieldDefinition;
}

function withGroup(def: FormDefinition, groupKey: string, change: (g: Group) => Group | string): EditResult {
  let problem: string | null = m.groupNotFound;
  const pages = def.pages.map((page) => ({
    ...page,
    fields: page.fields.map((f) => {
      if (f.key !== groupKey || f.type !== "group") return f;
      const next = change(f);
      if (typeof next === "string") {
        problem = next;
        return f;
      }
      problem = null;
      return next;
    }),
  }));
  return problem ? refused(problem) : checked({ ...def, pages });
}

/** A question at the end of the group; its key is unique within the group. */
export function addSubField(def: FormDefinition, groupKey: string, type: SubType, label: string): EditResult {
  return withGroup(def, groupKey, (g) => {
    const key = uniqueKey(keyFromLabel(label), new Set(g.fields.map((f) => f.key)));
    return { ...g, fields: [...g.fields, newSubField(type, key, label)] };
  });
}

/** Removes a question of the group; a group keeps at least one. */
export function removeSubField(def: FormDefinition, groupKey: string, subKey: string): EditResult {
  return withGroup(def, groupKey, (g) => {
    if (!g.fields.some((f) => f.key === subKey)) return m.fieldNotFound;
    if (g.fields.length === 1) return m.lastSubField;
    return { ...g, fields: g.fields.filter((f) => f.key !== subKey) };
  });
}
