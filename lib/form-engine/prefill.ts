// Prefill: what the portal already knows about the signed-in person fills the fields that ask for
// it (name, e-mail, phone, address, the association they act for). A household member choice gets
// its options from the household. Prefilled values are only a starting point: the resident sees
// and may change them, and the server judges them like anything typed.
import type { Address } from "@/lib/forms/address";
import type { Answers } from "./conditions";
import { type FormDefinition, answerFields } from "./definition";
import type { PrefillKey } from "./prefill-keys";

export type PrefillContext = {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
  address?: Address | null;
  associationName?: string | null;
  household?: { id: string; name: string }[];
};

function valueFor(key: PrefillKey, context: PrefillContext): unknown {
  switch (key) {
    case "profile.name":
      return context.name ?? undefined;
    case "profile.email":
      return context.email ?? undefined;
    case "profile.phone":
      return context.phone ?? undefined;
    case "profile.address":
      return context.address ?? undefined;
    case "association.name":
      return context.associationName ?? undefined;
    case "household.members":
      return undefined; // options, not a value: see withHouseholdOptions
  }
}

/** Answers for the prefilled fields the draft has no answer for yet. */
export function prefill(def: FormDefinition, answers: Answers, context: PrefillContext): Answers {
  const out: Answers = {};
  for (const page of def.pages)
    for (const field of answerFields(page.fields)) {
      if (!field.prefill || answers[field.key] !== undefined) continue;
      const value = valueFor(field.prefill, context);
      if (value !== undefined && value !== "") out[field.key] = value;
    }
  return out;
}

/**
 * A choice with prefill "household.members" lists the resident ("mezelf") and their household
 * members as options, with the member ids as values, so a request can be made for a child.
 */
export function withHouseholdOptions(def: FormDefinition, context: PrefillContext): FormDefinition {
  const members = [
    { value: "mezelf", label: context.name ? `Mezelf (${context.name})` : "Mezelf" },
    ...(context.household ?? []).map((m) => ({
      value: `lid-${m.id}`.slice(0, 40).toLowerCase(),
      label: m.name,
    })),
  ];
  return {
    ...def,
    pages: def.pages.map((p) => ({
      ...p,
      fields: p.fields.map((f) =>
        f.type === "choice" && f.prefill === "household.members" ? { ...f, options: members } : f,
      ),
    })),
  };
}
