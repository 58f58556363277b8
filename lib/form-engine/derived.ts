// Values derived from the answers by rules in the definition: an ordered list of
// `{ when, set }`; every rule whose condition holds sets its keys, later rules overriding earlier
// ones. The e-loket derives a fee (`feeCents`) and an exemption staff must confirm; the event
// notification derives a risk category and a deadline the same way.
import { z } from "zod";
import { type Answers, type Condition, type Scalar, conditionSchema, evaluate } from "./conditions";

const fieldKey = z.string().regex(/^[a-z][a-zA-Z0-9]{0,39}$/);

const derivedValue = z.union([
  z.string().max(300),
  z.number().int().min(-1e9).max(1e9),
  z.boolean(),
  /** `cents` for every unit of a number answer (e.g. per container). */
  z.strictObject({ perUnit: fieldKey, cents: z.number().int().min(0).max(1e7) }),
  /** `cents` for every calendar day from one date answer to another, both included. */
  z.strictObject({ perDay: z.tuple([fieldKey, fieldKey]), cents: z.number().int().min(0).max(1e7) }),
]);

export type DerivedValue = z.output<typeof derivedValue>;

export const derivedRuleSchema = z.strictObject({
  when: conditionSchema.optional(),
  set: z
    .record(fieldKey, derivedValue)
    .refine((s) => Object.keys(s).length > 0, "Een regel zet minstens één waarde."),
});

export type DerivedRule = { when?: Condition; set: Record<string, DerivedValue> };

const DAY_MS = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Calendar days from `from` to `to`, both included; null when either is missing or reversed. */
export function daysIncluded(from: unknown, to: unknown): number | null {
  if (typeof from !== "string" || typeof to !== "string" || !DATE.test(from) || !DATE.test(to)) return null;
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS + 1;
  return Number.isFinite(days) && days >= 1 ? days : null;
}

function valueOf(value: DerivedValue, answers: Answers): Scalar | null {
  if (typeof value !== "object") return value;
  if ("perUnit" in value) {
    const n = answers[value.perUnit];
    return typeof n === "number" ? n * value.cents : null;
  }
  const days = daysIncluded(answers[value.perDay[0]], answers[value.perDay[1]]);
  return days === null ? null : days * value.cents;
}

/** Every derived value for these answers (visible answers only: hidden ones were dropped). */
export function evaluateDerived(rules: readonly DerivedRule[], answers: Answers): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const rule of rules) {
    if (!evaluate(rule.when, answers)) continue;
    for (const [key, value] of Object.entries(rule.set)) {
      const v = valueOf(value, answers);
      if (v === null) delete out[key];
      else out[key] = v;
    }
  }
  return out;
}

export type Fee = { cents: number; exemption?: string };

/** The fee of a request: `feeCents` (0 when no rule sets it) and an exemption to confirm. */
export function feeOf(rules: readonly DerivedRule[], answers: Answers): Fee {
  const derived = evaluateDerived(rules, answers);
  const cents = typeof derived.feeCents === "number" && derived.feeCents > 0 ? derived.feeCents : 0;
  const exemption = typeof derived.exemption === "string" ? derived.exemption : undefined;
  return exemption ? { cents, exemption } : { cents };
}
