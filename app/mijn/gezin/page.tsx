import type { Metadata } from "next";
import { SocialTariffSection } from "@/components/activities/social-tariff-section";
import { HouseholdList } from "@/components/residents/household-list";
import { HouseholdMemberForm } from "@/components/residents/household-member-form";
import { RemoveMember } from "@/components/residents/remove-member";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { mySocialClaims } from "@/lib/activities/queries/social-tariff";
import { requireUser } from "@/lib/auth/guards";
import { addOwnHouseholdMember, updateOwnHouseholdMember } from "@/lib/residents/actions";
import { getHousehold } from "@/lib/residents/queries";

export const metadata: Metadata = { title: "Mijn gezin" };

export default async function MyHouseholdPage() {
  const actor = await requireUser("/mijn/gezin");
  const [members, social] = await Promise.all([getHousehold(actor.userId), mySocialClaims(actor.userId)]);
  return (
    <>
      <PageHeader
        title="Mijn gezin"
        intro="Voeg je kinderen of andere gezinsleden toe om hen in te schrijven voor activiteiten en kampen. Medische gegevens ziet alleen de begeleiding van een activiteit waarvoor je kind ingeschreven is; we wissen ze na de activiteit."
      />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-2">
        <Card title="Gezinsleden">
          <HouseholdList
            members={members}
            action={(m) => (
              <div className="flex flex-wrap gap-2">
                <details className="w-full">
                  <summary className="cursor-pointer underline">Gegevens van {m.firstName} wijzigen</summary>
                  <div className="mt-3">
                    <HouseholdMemberForm
                      action={updateOwnHouseholdMember}
                      member={members.find((x) => x.id === m.id)!}
                    />
                  </div>
                </details>
                <SocialTariffSection
                  member={m}
                  claim={social.claims.get(m.id)}
                  sharePercent={social.sharePercent}
                />
                <RemoveMember member={m} />
              </div>
            )}
          />
        </Card>
        <Card title="Gezinslid toevoegen">
          <HouseholdMemberForm action={addOwnHouseholdMember} />
        </Card>
      </div>
    </>
  );
}
