// Prefill in the designer: per field, what the portal may fill it with for the signed-in resident
// (lib/form-engine/prefill-keys.ts), offered only where the value fits the field's type: a name in a
// short text, an address in an address field, the household as the options of a choice.
import type { FieldDefinition, FormDefinition } from "@/lib/form-engine";
import { PREFILL_KEYS, type PrefillKey } from "@/lib/form-engine/prefill-keys";
import { designerMessages as m } from "./messages";
import { type EditResult, checked, refused } from "./validate";

export const PREFILL_LABELS: Record<PrefillKey, string> = {
  "profile.name": "Naam van de aanvrager",
  "profile.email": "E-mailadres van de aanvrager",
  "profile.phone": "Telefoonnummer van de aanvrager",
  "profile.address": "Adres van de aanvrager",
  "association.name": "Naam van de vereniging waarvoor de aanvrager optreedt",
  "household.members": "Keuzes: de aanvrager en de leden van het gezin",
  "association.officerOf": "Keuzes: als inwoner of een vereniging waarvan de aanvrager bestuurder is",
  "halls.all": "Keuzes: de zalen van de gemeente",
};

const FITS: Record<PrefillKey, readonly FieldDefinition["type"][]> = {
  "profile.name": ["text"],
  "profile.email": ["email"],
  "profile.phone": ["phone"],
  "profile.address": ["address"],
  "association.name": ["text"],
  "household.members": ["choice"],
  "association.officerOf": ["choice"],
  "halls.all": ["choice"],
};

/** The prefill keys that fit this field, with their Dutch names. */
export function prefillChoices(field: FieldDefinition): { value: PrefillKey; label: string }[] {
  return PREFILL_KEYS.filter((key) => FITS[key].includes(field.type)).map((key) => ({
    value: key,
    label: PREFILL_LABELS[key],
  }));
}

/** Sets the field's prefill key, or with "" fills it with nothing. */
export function setPrefill(def: FormDefinition, fieldKey: string, key: string): EditResult {
  const field = def.pages.flatMap((p) => p.fields).find((f) => f.key === fieldKey);
  if (!field) return refused(m.fieldNotFound);
  if (field.type === "info") return refused(m.noPrefillOnInfo);
  const prefill = prefillChoices(field).find((c) => c.value === key)?.value;
  if (key !== "" && !prefill) return refused(m.prefillNotFitting);
  const pages = def.pages.map((page) => ({
    ...page,
    fields: page.fields.map((f) => {
      if (f.key !== fieldKey || f.type === "info") return f;
      const next = { ...f };
      if (prefill) next.prefill = prefill;
      else delete next.prefill;
      return next;
    }),
  }));
  return checked({ ...def, pages });
}
