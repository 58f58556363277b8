import type { Metadata } from "next";
import { HouseholdList } from "@/components/residents/household-list";
import { HouseholdMemberForm } from "@/components/residents/household-member-form";
import { RemoveMember } from "@/components/residents/remove-member";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { addOwnHouseholdMember } from "@/lib/residents/actions";
import { getHousehold } from "@/lib/residents/queries";

export const metadata: Metadata = { title: "Mijn gezin" };

export default async function MyHouseholdPage() {
  const actor = await requireUser("/mijn/gezin");
  const members = await getHousehold(actor.userId);
  return (
    <>
      <PageHeader
        title="Mijn gezin"
        intro="Voeg je kinderen of andere gezinsleden toe om hen straks in te schrijven voor activiteiten en kampen."
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Gezinsleden">
          <HouseholdList members={members} action={(m) => <RemoveMember member={m} />} />
        </Card>
        <Card title="Gezinslid toevoegen">
          <HouseholdMemberForm action={addOwnHouseholdMember} />
        </Card>
      </div>
    </>
  );
}
