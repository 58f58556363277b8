// Prefill: what the portal already knows about the signed-in person fills the fields that ask for
// it (name, e-mail, phone, address, the association they act for). Choices whose options come
// from what the portal knows (household, associations, halls) are filled in by options.ts.
// Prefilled values are only a starting point: the resident sees and may change them, and the
// server judges them like anything typed.
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
  /** Associations the person is an officer (MANAGER) of: the organisers they may name. */
  officerOf?: { id: string; name: string }[];
  /** The municipality's halls, by slug: the places a form may offer. */
  halls?: { slug: string; name: string }[];
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
    case "association.officerOf":
    case "halls.all":
      return undefined; // options, not a value: see withOptions (options.ts)
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
