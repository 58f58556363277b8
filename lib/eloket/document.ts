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

export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{\s*([A-Za-z0-9_-]+)\s*\}\}/g, (_, key: string) =>
    Object.hasOwn(values, key) ? values[key]! : `[${key}?]`,
  );
}
