// The forms of the social tariff (UiTPAS kansentarief): a parent's request for a child, staff's
// confirmation (basis and end date) or refusal, and the desk entering a confirmed one. The number
// is checked for form only: 13 digits, spaces allowed while typing, stored without them (UiTPAS
// publishes no check digit rule to verify against).
import { z } from "zod";
import { calendarDate, oneOf, requiredText } from "@/lib/forms/fields";
import { SOCIAL_BASES } from "./labels";

export const socialMessages = {
  number: "Vul het UiTPAS-nummer in: 13 cijfers, zoals het op de kaart staat.",
  basis: "Kies wat je gezien hebt.",
  validUntil: "Vul de einddatum van het kansenstatuut in.",
  pastValidUntil: "De einddatum ligt in het verleden: dan geldt het kansentarief niet meer.",
  reason: "Schrijf waarom het kansentarief geweigerd wordt; de ouder ziet deze reden.",
  claimNotFound: "Deze aanvraag bestaat niet (meer) of is al beslist.",
  ownChild: "Je kan het kansentarief van je eigen kind niet zelf bevestigen.",
};

/** The number as stored: 13 digits with the spaces typed between them removed; null otherwise. */
export function uitpasNumber(input: string): string | null {
  const digits = input.replace(/\s+/g, "");
  return /^\d{13}$/.test(digits) ? digits : null;
}

/** "4100 0000 0000 1" → shown in groups of four, as on the card. */
export function formatUitpasNumber(digits: string): string {
  return digits.replace(/(\d{4})(?=\d)/g, "$1 ");
}

const ref = (message: string) => requiredText(message, { max: 120 });

const number = requiredText(socialMessages.number, { max: 40 }).transform((v, ctx) => {
  const digits = uitpasNumber(v);
  if (digits) return digits;
  ctx.addIssue({ code: "custom", message: socialMessages.number });
  return z.NEVER;
});

const basisValues = SOCIAL_BASES.map((b) => b.value) as [
  (typeof SOCIAL_BASES)[number]["value"],
  ...(typeof SOCIAL_BASES)[number]["value"][],
];

const decision = {
  basis: oneOf(basisValues, socialMessages.basis),
  validUntil: calendarDate(socialMessages.validUntil),
};

export const socialClaimSchema = z.object({ memberId: ref("Kies een kind."), uitpasNumber: number });
export type SocialClaimInput = z.output<typeof socialClaimSchema>;

export const socialConfirmSchema = z.object({ claimId: ref("Ontbrekende verwijzing."), ...decision });
export type SocialConfirmInput = z.output<typeof socialConfirmSchema>;

export const socialRefuseSchema = z.object({
  claimId: ref("Ontbrekende verwijzing."),
  reason: requiredText(socialMessages.reason, { max: 300 }),
});
export type SocialRefuseInput = z.output<typeof socialRefuseSchema>;

/** At the desk staff see the card and enter a claim already confirmed, for the resident's child. */
export const deskSocialClaimSchema = socialClaimSchema.extend({
  residentId: ref("Ontbrekende verwijzing."),
  ...decision,
});
export type DeskSocialClaimInput = z.output<typeof deskSocialClaimSchema>;
