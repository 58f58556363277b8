// Where a child's social tariff (UiTPAS kansentarief) stands, in the parent's words: a short state
// for the line that opens the section, and the full sentence inside it.
import { brusselsParts } from "@/lib/be/brussels-clock";
import { dateKeyOf } from "@/lib/be/date-key";
import { formatDate } from "@/lib/be/time";
import { socialClaimState } from "@/lib/activities/rules";
import { formatUitpasNumber } from "@/lib/activities/social-schema";
import type { SocialClaim } from "@/lib/activities/queries/social-tariff";

const stateOf = (claim: SocialClaim | undefined, now: Date) =>
  socialClaimState(
    claim && { status: claim.status, validUntil: claim.validUntil && dateKeyOf(claim.validUntil) },
    brusselsParts(now).dateKey,
  );

/** The state in a few words, shown without opening the section. */
export function socialTariffSummary(claim: SocialClaim | undefined, now = new Date()): string {
  const state = stateOf(claim, now);
  if (state === "confirmed") return `bevestigd tot ${formatDate(claim!.validUntil!)}`;
  return { none: "niet aangevraagd", requested: "aangevraagd", refused: "geweigerd", expired: "verlopen" }[
    state
  ];
}

export function SocialTariffStatus({
  claim,
  sharePercent,
  now = new Date(),
}: {
  claim: SocialClaim | undefined;
  sharePercent: number;
  now?: Date;
}) {
  const state = stateOf(claim, now);
  if (!claim || state === "none") return <p>Nog niet aangevraagd.</p>;
  const number = <span className="whitespace-nowrap">{formatUitpasNumber(claim.uitpasNumber)}</span>;
  if (state === "requested")
    return (
      <p>
        <strong>Aangevraagd</strong> (UiTPAS {number}): een medewerker van vrije tijd bevestigt het
        kansentarief. Tot dan geldt het gewone tarief.
      </p>
    );
  if (state === "refused")
    return (
      <p>
        <strong>Geweigerd</strong>: {claim.refusalReason ?? "geen reden opgegeven"}
      </p>
    );
  if (state === "expired")
    return (
      <p>
        <strong>Verlopen</strong> op {formatDate(claim.validUntil!)}: vraag het opnieuw aan met je UiTPAS.
      </p>
    );
  return (
    <p>
      <strong>Bevestigd tot {formatDate(claim.validUntil!)}</strong>: je betaalt {sharePercent} % van de
      prijs, of de prijs met korting voor broers en zussen als die lager is.
    </p>
  );
}
