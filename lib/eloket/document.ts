// The result document of a request: a product's template text, its {{placeholders}} filled from
// the case when staff decide it. Pure: the same function for the decision and for a preview.
// Placeholders are the form's answer keys (shown as on the check-your-answers page) and the
// case's own facts: {{nummer}}, {{naam}}, {{product}}, {{datum}}. An unknown one stays visible
// as "[key?]" so a typo in a template shows on the first document instead of vanishing.
import { type Answers, type FormDefinition, answerFields, answerText } from "@/lib/form-engine";

export type DocumentFacts = { number: string; applicant: string; product: string; decidedOn: string };

export function documentValues(def: FormDefinition, answers: Answers, facts: DocumentFacts) {
  const values: Record<string, string> = {};
  for (const page of def.pages)
    for (const field of answerFields(page.fields)) values[field.key] = answerText(field, answers[field.key]);
  return {
    ...values,
    nummer: facts.number,
    naam: facts.applicant,
    product: facts.product,
    datum: facts.decidedOn,
  };
}

/** The case's own facts a template may name besides the form's answer keys. */
export const DOCUMENT_FACTS = ["nummer", "naam", "product", "datum"] as const;

const FACT_LABELS: Record<(typeof DOCUMENT_FACTS)[number], string> = {
  nummer: "het nummer van de aanvraag",
  naam: "de naam van de aanvrager",
  product: "de naam van het product",
  datum: "de datum van de beslissing",
};

/** What a template of this form may name, for the designer's list. */
export function placeholdersOf(def: FormDefinition): { key: string; label: string }[] {
  return [
    ...DOCUMENT_FACTS.map((key) => ({ key, label: FACT_LABELS[key] })),
    ...def.pages.flatMap((p) => answerFields(p.fields).map((f) => ({ key: f.key, label: f.label }))),
  ];
}

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_-]+)\s*\}\}/g;

/** The placeholders a template names that neither the form nor the case can fill, in order. */
export function unknownPlaceholders(template: string, def: FormDefinition): string[] {
  const known = new Set<string>([
    ...DOCUMENT_FACTS,
    ...def.pages.flatMap((p) => answerFields(p.fields).map((f) => f.key)),
  ]);
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))].filter((k) => !known.has(k));
}

export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(PLACEHOLDER, (_, key: string) =>
    Object.hasOwn(values, key) ? values[key]! : `[${key}?]`,
  );
}
