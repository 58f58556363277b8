// Where a child's social tariff (UiTPAS kansentarief) stands, in the parent's words.
import { formatDate } from "@/lib/be/time";
import { formatUitpasNumber } from "@/lib/activities/social-schema";
import type { SocialClaim } from "@/lib/activities/queries/social-tariff";

export function SocialTariffStatus({
  claim,
  sharePercent,
  now = new Date(),
}: {
  claim: SocialClaim | undefined;
  sharePercent: number;
  now?: Date;
}) {
  if (!claim) return <p>Nog niet aangevraagd.</p>;
  const number = <span className="whitespace-nowrap">{formatUitpasNumber(claim.uitpasNumber)}</span>;
  if (claim.status === "REQUESTED")
    return (
      <p>
        <strong>Aangevraagd</strong> (UiTPAS {number}): een medewerker van vrije tijd bevestigt het
        kansentarief. Tot dan geldt het gewone tarief.
      </p>
    );
  if (claim.status === "REFUSED")
    return (
      <p>
        <strong>Geweigerd</strong>: {claim.refusalReason ?? "geen reden opgegeven"}
      </p>
    );
  const until = claim.validUntil!;
  if (until.toISOString().slice(0, 10) < now.toISOString().slice(0, 10))
    return (
      <p>
        <strong>Verlopen</strong> op {formatDate(until)}: vraag het opnieuw aan met je UiTPAS.
      </p>
    );
  return (
    <p>
      <strong>Bevestigd tot {formatDate(until)}</strong>: je betaalt {sharePercent} % van de prijs.
    </p>
  );
}
