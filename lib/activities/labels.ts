// Dutch labels of the activities' enum values and school years.
import type { ActivityKind, RegistrationStatus, SocialTariffBasis } from "@/generated/prisma/enums";

export const ACTIVITIES_SERVICE = "Activiteiten";

export const KIND_LABELS: Record<ActivityKind, string> = {
  PLAYGROUND: "Speelpleinwerking",
  CAMP: "Kamp",
  SPORTS: "Sport",
  WORKSHOP: "Workshop",
  COURSE: "Cursus",
};

/** How the type appears in the catalogue's address (?soort=kamp). */
export const KIND_WORDS: Record<ActivityKind, string> = {
  PLAYGROUND: "speelplein",
  CAMP: "kamp",
  SPORTS: "sport",
  WORKSHOP: "workshop",
  COURSE: "cursus",
};

export const REGISTRATION_STATUS_LABELS: Record<RegistrationStatus, string> = {
  HELD: "Plaats vastgehouden, nog te betalen",
  CONFIRMED: "Ingeschreven",
  WAITING: "Op de wachtlijst",
  OFFERED: "Plaats aangeboden",
  CANCELLED: "Geannuleerd",
  LAPSED: "Vervallen",
};

/** 1-3 kleuterklas, 4-9 lager onderwijs, 10-15 secundair. */
export const SCHOOL_YEARS: { value: number; label: string }[] = [
  ...[1, 2, 3].map((n) => ({ value: n, label: `${n}e kleuterklas` })),
  ...[1, 2, 3, 4, 5, 6].map((n) => ({ value: n + 3, label: `${n}e leerjaar` })),
  ...[1, 2, 3, 4, 5, 6].map((n) => ({ value: n + 9, label: `${n}e middelbaar` })),
];

export function schoolYearLabel(value: number | null): string {
  return SCHOOL_YEARS.find((y) => y.value === value)?.label ?? "niet ingevuld";
}

export const TARIFF_BASIS_LABELS = { day: "dagprijs", week: "weekprijs" } as const;

/** What staff checked before confirming the social tariff (UiTPAS kansentarief). */
export const SOCIAL_BASES = [
  { value: "UITPAS_SEEN", label: "UiTPAS met kansenstatuut gezien aan de balie" },
  { value: "OCMW_ATTEST", label: "Attest OCMW" },
  { value: "INCREASED_ALLOWANCE", label: "Verhoogde tegemoetkoming" },
] as const satisfies readonly { value: SocialTariffBasis; label: string }[];

export function socialBasisLabel(value: SocialTariffBasis | null): string {
  return SOCIAL_BASES.find((b) => b.value === value)?.label ?? "";
}
