import type { Metadata } from "next";
import Link from "next/link";
import { DeskRegisterNotice } from "@/components/eloket/register-notice";
import { DeskResidentSearch } from "@/components/staff/desk-resident-search";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { deskFiledCase, eloketDesk } from "@/lib/eloket/queries/desk";

export const metadata: Metadata = { title: "Aanvragen - indienen aan de balie" };

type Props = {
  searchParams: Promise<{
    inwoner?: string;
    q?: string;
    pagina?: string;
    verstuurd?: string;
    register?: string;
  }>;
};

/** Filing an e-loket request for a resident at the desk or on the phone: first who, then what. */
export default async function EloketDeskPage({ searchParams }: Props) {
  const actor = await requireStaff("residents:act-for", "/beheer/aanvragen/balie");
  const query = await searchParams;
  const { resident, found, products } = await eloketDesk(query);
  const sent = query.verstuurd?.slice(0, 30);
  // Whether the attest was issued is read from the case this staff member filed, never the address.
  const filed =
    sent && resident && query.register ? await deskFiledCase(sent, resident.id, actor.userId) : null;
  return (
    <>
      <PageHeader
        title="Aanvraag indienen aan de balie"
        intro="Voor een inwoner aan de balie of aan de telefoon, met hetzelfde formulier als online. De aanvraag staat op naam van de inwoner; jij staat in de historiek en de auditlog als medewerker die ze indiende."
      />
      {!resident ? (
        <DeskResidentSearch
          q={query.q ?? ""}
          found={found}
          path="/beheer/aanvragen/balie"
          nextStep="Aanvraag indienen"
        />
      ) : (
        <div className="grid gap-6 lg:grid-cols-[20rem_minmax(0,1fr)]">
          <Card title="Inwoner">
            <p className="font-semibold">{resident.name}</p>
            <p className="break-words">
              {resident.email ?? "Geen e-mailadres: geef het aanvraagnummer mee op papier."}
            </p>
            <p className="mt-3">
              <Link href="/beheer/aanvragen/balie">Andere inwoner</Link>
            </p>
          </Card>
          <div className="min-w-0 space-y-6">
            {sent && (
              <Notice tone="success">
                Aanvraag {sent} is ingediend voor {resident.name ?? "de inwoner"}.
                {resident.email && " De inwoner krijgt een bevestiging per e-mail."}
              </Notice>
            )}
            {filed && query.register && (
              <DeskRegisterNotice caseId={filed.id} outcome={query.register} document={filed} />
            )}
            <Card title="Wat wil de inwoner aanvragen?">
              <ul className="divide-y divide-slate-200">
                {products.map((p) => (
                  <li key={p.id} className="py-2">
                    <Link
                      href={`/beheer/aanvragen/balie/${p.slug}?${new URLSearchParams({ inwoner: resident.id })}`}
                      className="font-semibold"
                    >
                      {p.name}
                    </Link>
                    {p.started && <span className="ml-2 text-sm">(in opmaak: verder invullen)</span>}
                    <span className="block text-slate-700">
                      {p.costText} · {p.team.name}
                    </span>
                  </li>
                ))}
              </ul>
            </Card>
          </div>
        </div>
      )}
    </>
  );
}
