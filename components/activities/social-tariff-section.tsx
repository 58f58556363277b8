// On Mijn gezin, per child: the social tariff (UiTPAS kansentarief), where it stands (already on the
// line that opens it) and the form to file a number (another number starts a new request).
import type { SocialClaim } from "@/lib/activities/queries/social-tariff";
import { SocialTariffRequestForm } from "./social-tariff-forms";
import { SocialTariffStatus, socialTariffSummary } from "./social-tariff-status";

export function SocialTariffSection({
  member,
  claim,
  sharePercent,
}: {
  member: { id: string; firstName: string };
  claim: SocialClaim | undefined;
  sharePercent: number;
}) {
  return (
    <details className="w-full">
      <summary className="cursor-pointer">
        <span className="underline">Kansentarief (UiTPAS) voor {member.firstName}</span>:{" "}
        {socialTariffSummary(claim)}
      </summary>
      <div className="mt-3 space-y-3">
        <p className="text-sm text-slate-700">
          Met een UiTPAS met kansenstatuut betaal je {sharePercent} % van de prijs van activiteiten en kampen.
          De dienst vrije tijd bevestigt het kansentarief; het geldt voor periodes die beginnen vóór de
          einddatum van het kansenstatuut.
        </p>
        <SocialTariffStatus claim={claim} sharePercent={sharePercent} />
        <SocialTariffRequestForm member={member} />
      </div>
    </details>
  );
}
