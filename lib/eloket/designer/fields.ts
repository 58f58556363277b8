// The field types staff can add with the designer, their Dutch names, a new field of each type
// with sensible defaults, and the settings a field's edit form changes.
import type { FieldDefinition } from "@/lib/form-engine";
import type { SimpleFieldDefinition } from "@/lib/form-engine/definition";
import { optionValue } from "./keys";

/** The simple types, which a repeating group can also ask for every repeat. */
export const SUB_TYPES = [
  "text",
  "textarea",
  "number",
  "date",
  "email",
  "phone",
  "iban",
  "vehiclePlate",
  "yesNo",
] as const;

export const DESIGNER_TYPES = [
  ...SUB_TYPES,
  "choice",
  "address",
  "file",
  "signature",
  "group",
  "info",
] as const;
export type DesignerType = (typeof DESIGNER_TYPES)[number];

export const TYPE_LABELS: Record<FieldDefinition["type"], string> = {
  text: "Korte tekst",
  textarea: "Lange tekst",
  number: "Getal",
  date: "Datum",
  email: "E-mailadres",
  phone: "Telefoonnummer",
  iban: "Rekeningnummer (IBAN)",
  vehiclePlate: "Nummerplaat",
  yesNo: "Ja of nee",
  choice: "Keuze uit een lijst",
  address: "Adres",
  location: "Plaats op de kaart",
  file: "Bestand (foto of pdf)",
  signature: "Ondertekenen met een klik",
  group: "Herhalende groep",
  info: "Uitleg (geen vraag)",
};

/** A new field of a type, valid as it is; staff refine it in its edit form. */
export function newField(type: DesignerType, key: string, label: string): FieldDefinition {
  const base = { key, label, required: true };
  switch (type) {
    case "text":
      return { ...base, type, maxLength: 200 };
    case "textarea":
      return { ...base, type, maxLength: 2000 };
    case "number":
      return { ...base, type, min: 0, max: 1_000_000 };
    case "date":
      return { ...base, type, notInPast: false };
    case "choice":
      return {
        ...base,
        type,
        display: "radio",
        options: [
          { value: "keuze-1", label: "Keuze 1" },
          { value: "keuze-2", label: "Keuze 2" },
        ],
      };
    case "file":
      return { ...base, type, maxFiles: 1, kinds: ["image", "pdf"] };
    case "signature":
      return { ...base, type, statement: "Ik verklaar dat deze gegevens juist en volledig zijn." };
    case "info":
      return { key, type, label, text: "Schrijf hier de uitleg voor de inwoner." };
    case "group":
      // A new group asks one short text for every repeat; staff add questions on its page.
      return {
        ...base,
        type,
        itemLabel: "Onderdeel",
        maxItems: 10,
        fields: [newField("text", "omschrijving", "Omschrijving") as SimpleFieldDefinition],
      };
    default:
      return { ...base, type };
  }
}

/** What a field's edit form posts; each setting only applies to the types that have it. */
export type FieldPatch = {
  label: string;
  help?: string;
  required: boolean;
  maxLength?: number;
  min?: number;
  max?: number;
  /** Choice options, one label each; values are made from the labels (kept when a label stays). */
  options?: string[];
  display?: "radio" | "select" | "checkboxes";
  text?: string;
  statement?: string;
  /** A repeating group: the name of one repeat ("Voertuig") and the most repeats. */
  itemLabel?: string;
  maxItems?: number;
};

export function patchField(field: FieldDefinition, patch: FieldPatch): FieldDefinition {
  if (field.type === "info") return { ...field, label: patch.label, text: patch.text ?? field.text };
  const next = { ...field, label: patch.label, required: patch.required } as FieldDefinition & {
    help?: string;
  };
  if (patch.help) next.help = patch.help;
  else delete next.help;
  if ((next.type === "text" || next.type === "textarea") && patch.maxLength !== undefined)
    next.maxLength = patch.maxLength;
  if (next.type === "number") {
    if (patch.min !== undefined) next.min = patch.min;
    if (patch.max !== undefined) next.max = patch.max;
  }
  if (next.type === "signature" && patch.statement) next.statement = patch.statement;
  if (next.type === "group") {
    if (patch.itemLabel) next.itemLabel = patch.itemLabel;
    if (patch.maxItems !== undefined) next.maxItems = patch.maxItems;
  }
  if (next.type === "choice") {
    if (patch.display) next.display = patch.display;
    if (patch.options) {
      const before = new Map(next.options.map((o) => [o.label, o.value]));
      const taken = new Set<string>();
      next.options = patch.options.map((label) => {
        const value = before.get(label) ?? optionValue(label, taken);
        const unique = taken.has(value) ? optionValue(label, taken) : value;
        taken.add(unique);
        return { value: unique, label };
      });
    }
  }
  return next;
}
