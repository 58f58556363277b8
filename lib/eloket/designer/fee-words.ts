// The derived rules of a form said in Dutch, for the designer: the fee and its exemption as staff
// set them, and any other rule (a premium, a risk category) that the designer shows but leaves alone.
import { formatEuro } from "@/lib/be/money";
import type { DerivedRule, FormDefinition } from "@/lib/form-engine";
import type { DerivedValue } from "@/lib/form-engine/derived";
import { everyField } from "./condition";
import { describeCondition } from "./condition-words";

const NAMES: Record<string, string> = { feeCents: "Kostprijs", premiumCents: "Premie" };

function valueWords(def: FormDefinition, key: string, value: DerivedValue): string {
  const label = (k: string) => `"${everyField(def).find((f) => f.key === k)?.label ?? k}"`;
  const money = key.endsWith("Cents");
  if (typeof value === "number") return money ? formatEuro(value) : String(value);
  if (typeof value !== "object") return String(value);
  if ("perUnit" in value) return `${formatEuro(value.cents)} per eenheid van ${label(value.perUnit)}`;
  return `${formatEuro(value.cents)} per dag van ${label(value.perDay[0])} tot en met ${label(value.perDay[1])}`;
}

function ruleWords(def: FormDefinition, rule: DerivedRule): string {
  const parts = Object.entries(rule.set).map(([key, value]) =>
    key === "exemption"
      ? `vrijstelling die een medewerker bevestigt: ${String(value)}`
      : `${NAMES[key] ?? key}: ${valueWords(def, key, value)}`,
  );
  const text = parts.join("; ");
  return rule.when ? `Als ${describeCondition(def, rule.when)}: ${text}` : text;
}

/** One line per derived rule, in the order the engine applies them (later ones win). */
export function describeRules(def: FormDefinition): string[] {
  return def.derived.map((rule) => ruleWords(def, rule));
}
