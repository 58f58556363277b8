// What a field may be prefilled from: the signed-in resident's profile or the association they act
// for. A list, so a definition can only name what the portal knows how to fill.
export const PREFILL_KEYS = [
  "profile.name",
  "profile.email",
  "profile.phone",
  "profile.address",
  "association.name",
  "household.members",
  "association.officerOf",
  "halls.all",
] as const;
export type PrefillKey = (typeof PREFILL_KEYS)[number];
