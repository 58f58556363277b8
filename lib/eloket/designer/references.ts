// What goes when fields go: conditions that read them (the field then always shows), date
// comparisons with them, and derived rules (fees) that read them.
import type { FieldDefinition, FormDefinition } from "@/lib/form-engine";
import { fieldsOf } from "@/lib/form-engine/conditions";
import type { DerivedRule } from "@/lib/form-engine";

const reads = (keys: ReadonlySet<string>, refs: Iterable<string>) => [...refs].some((r) => keys.has(r));

function ruleReads(rule: DerivedRule, keys: ReadonlySet<string>): boolean {
  if (reads(keys, fieldsOf(rule.when))) return true;
  return Object.values(rule.set).some(
    (v) =>
      typeof v === "object" &&
      (("perUnit" in v && keys.has(v.perUnit)) || ("perDay" in v && reads(keys, v.perDay))),
  );
}

function cleanField(field: FieldDefinition, keys: ReadonlySet<string>): FieldDefinition {
  const next = { ...field } as FieldDefinition & { notBefore?: string; notAfter?: string };
  if (reads(keys, fieldsOf(next.showWhen))) delete next.showWhen;
  if (next.type === "date") {
    if (next.notBefore && keys.has(next.notBefore)) delete next.notBefore;
    if (next.notAfter && keys.has(next.notAfter)) delete next.notAfter;
  }
  return next;
}

export function dropReferences(def: FormDefinition, keys: ReadonlySet<string>): FormDefinition {
  return {
    pages: def.pages.map((p) => ({ ...p, fields: p.fields.map((f) => cleanField(f, keys)) })),
    derived: def.derived.filter((rule) => !ruleReads(rule, keys)),
  };
}
