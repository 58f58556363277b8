// The fee of a form in the designer: none, a fixed amount, an amount per unit of a number answer
// (€ 5 per container) or per calendar day between two date answers (both included), with an
// optional exemption a staff member confirms (lib/eloket/commands/exemption.ts) when one yes/no or
// choice answer says so. Written as the engine's derived rules `feeCents` and `exemption`, which the
// submit reads (feeOf); rules that set other values (a premium, a risk) are never touched, and
// fee rules the designer cannot show are only replaced when staff say so.
import type { DerivedRule, FieldDefinition, FormDefinition } from "@/lib/form-engine";
import type { DerivedValue } from "@/lib/form-engine/derived";
import { choiceOf, comparisonFor, everyField } from "./condition";
import { designerMessages as m } from "./messages";
import type { FEE_KINDS } from "./schema";
import { type EditResult, checked, refused } from "./validate";

export type FeeKind = (typeof FEE_KINDS)[number];

export type FeeSetting = {
  kind: FeeKind;
  cents?: number;
  unitField?: string;
  fromField?: string;
  toField?: string;
  /** A condition choice "<field>:<value>" and the reason staff read; both or neither. */
  exemptWhen?: string;
  exemptReason?: string;
};

const FEE_KEYS = ["feeCents", "exemption"];
const isFeeRule = (rule: DerivedRule) => Object.keys(rule.set).some((k) => FEE_KEYS.includes(k));

function settingOf(value: DerivedValue): FeeSetting | null {
  if (typeof value === "number") return value > 0 ? { kind: "fixed", cents: value } : null;
  if (typeof value !== "object") return null;
  if ("perUnit" in value) return { kind: "perUnit", cents: value.cents, unitField: value.perUnit };
  return { kind: "perDay", cents: value.cents, fromField: value.perDay[0], toField: value.perDay[1] };
}

/** The rules as the fee form shows them; null when they are not the shape the form writes. */
export function currentFee(def: FormDefinition): FeeSetting | null {
  const rules = def.derived.filter(isFeeRule);
  if (rules.length === 0) return { kind: "none" };
  const [fee, exemption, ...rest] = rules;
  if (rest.length || fee!.when || Object.keys(fee!.set).join() !== "feeCents") return null;
  const setting = settingOf(fee!.set.feeCents!);
  if (!setting || !exemption) return setting;
  const reason = exemption.set.exemption;
  const when = exemption.when && choiceOf(exemption.when);
  if (Object.keys(exemption.set).join() !== "exemption" || typeof reason !== "string" || !when) return null;
  return { ...setting, exemptWhen: when, exemptReason: reason };
}

const ofType = (fields: readonly FieldDefinition[], key: string | undefined, type: FieldDefinition["type"]) =>
  fields.some((f) => f.key === key && f.type === type);

function feeValue(fields: readonly FieldDefinition[], s: FeeSetting): DerivedValue | string {
  const cents = s.cents ?? 0;
  if (cents <= 0) return m.feeAmount;
  if (s.kind === "perUnit") {
    if (!ofType(fields, s.unitField, "number")) return m.feeUnitField;
    return { perUnit: s.unitField!, cents };
  }
  if (s.kind === "perDay") {
    if (
      !ofType(fields, s.fromField, "date") ||
      !ofType(fields, s.toField, "date") ||
      s.fromField === s.toField
    )
      return m.feeDayFields;
    return { perDay: [s.fromField!, s.toField!], cents };
  }
  return cents;
}

/** The derived rules for a setting, or a Dutch refusal. */
export function feeRules(def: FormDefinition, s: FeeSetting): DerivedRule[] | string {
  const exempt = Boolean(s.exemptWhen || s.exemptReason);
  if (s.kind === "none") return exempt ? m.exemptionWithoutFee : [];
  const fields = everyField(def);
  const value = feeValue(fields, s);
  if (typeof value === "string") return value;
  const rules: DerivedRule[] = [{ set: { feeCents: value } }];
  if (!exempt) return rules;
  if (!s.exemptWhen || !s.exemptReason) return m.exemptionIncomplete;
  const when = comparisonFor(fields, s.exemptWhen);
  if (typeof when === "string") return when;
  return [...rules, { when, set: { exemption: s.exemptReason } }];
}

/** Sets the form's fee; other derived rules stay as they are, after the fee rules. */
export function setFee(def: FormDefinition, setting: FeeSetting, replace = false): EditResult {
  if (!replace && currentFee(def) === null) return refused(m.feeNotShown);
  const rules = feeRules(def, setting);
  if (typeof rules === "string") return refused(rules);
  const others = def.derived.flatMap((rule) => {
    if (!isFeeRule(rule)) return [rule];
    const set = Object.fromEntries(Object.entries(rule.set).filter(([k]) => !FEE_KEYS.includes(k)));
    return Object.keys(set).length ? [{ ...rule, set }] : [];
  });
  return checked({ ...def, derived: [...rules, ...others] });
}

/** The fields a fee can count: number fields (per unit) and date fields (per day). */
export function feeFields(def: FormDefinition) {
  const fields = everyField(def);
  const list = (type: FieldDefinition["type"]) =>
    fields.filter((f) => f.type === type).map((f) => ({ value: f.key, label: f.label }));
  return { numbers: list("number"), dates: list("date") };
}
