import type { Metadata } from "next";
import Link from "next/link";
import { StaffRolesForm } from "@/components/staff/staff-roles-form";
import { Card } from "@/components/ui/card";
import { ConfirmAction } from "@/components/ui/form/confirm-action";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/be/time";
import { notFound } from "@/lib/http/page-interrupts";
import { offboardStaffAction } from "@/lib/staff/actions";
import { getStaffMember } from "@/lib/staff/queries";

export const metadata: Metadata = { title: "Medewerker" };

export default async function StaffMemberPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ ingetrokken?: string }>;
}) {
  const { id } = await params;
  const actor = await requireStaff("staff:manage", `/beheer/medewerkers/${id}`);
  const member = await getStaffMember(id);
  if (!member) notFound();
  const offboarded = (await searchParams).ingetrokken === "1";
  const who = member.name ?? member.email ?? "deze medewerker";
  const self = member.id === actor.userId;
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        title={who}
        intro={`${member.email ?? ""}${member.lastSignIn ? ` · laatst aangemeld ${formatDateTime(member.lastSignIn)}` : ""}`}
      />
      {offboarded && (
        <Notice tone="success" title="Toegang ingetrokken">
          {who} heeft geen rollen meer en is overal afgemeld.
        </Notice>
      )}
      <Card title="Rollen">
        <StaffRolesForm userId={member.id} roles={member.roles} />
      </Card>
      {member.roles.length > 0 && !self && (
        <Card title="Toegang intrekken">
          <p className="mb-4">
            Voor wie uit dienst gaat of van functie verandert: alle rollen en alle open sessies in één keer.
          </p>
          <ConfirmAction
            action={offboardStaffAction}
            fields={{ userId: member.id }}
            trigger="Toegang intrekken"
            consequence={`${who} verliest alle rollen en wordt meteen afgemeld op elk toestel (${member.sessions} ${member.sessions === 1 ? "open sessie" : "open sessies"}). Het account blijft bestaan als gewoon inwonersaccount; rollen kunnen later opnieuw toegekend worden.`}
            confirmLabel="Ja, toegang intrekken"
          />
        </Card>
      )}
      {self && <p>Je eigen toegang kan alleen een andere beheerder intrekken.</p>}
      <p>
        <Link href="/beheer/medewerkers">Terug naar de medewerkers</Link>
      </p>
    </div>
  );
}
