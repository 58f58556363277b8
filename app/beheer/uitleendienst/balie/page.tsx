import type { Metadata } from "next";
import Link from "next/link";
import { basketItems, deliveryOffer } from "@/components/lending/basket-card";
import { BasketForm } from "@/components/lending/basket-form";
import { DeskResidentSearch } from "@/components/staff/desk-resident-search";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { addBrusselsDays, brusselsParts } from "@/lib/be/time";
import { lendingCatalogue } from "@/lib/lending/queries/catalogue";
import { deskResident } from "@/lib/lending/queries/staff";

export const metadata: Metadata = { title: "Uitleendienst - uitlenen aan de balie" };

type Props = { searchParams: Promise<{ inwoner?: string; q?: string; pagina?: string }> };

/** Lending at the desk or on the phone: first who (found or registered), then what and when. */
export default async function DeskLoanPage({ searchParams }: Props) {
  await requireStaff("loans:manage", "/beheer/uitleendienst/balie");
  const query = await searchParams;
  const [{ resident, found, parties }, catalogue] = await Promise.all([
    deskResident(query),
    lendingCatalogue(),
  ]);
  return (
    <>
      <PageHeader
        title="Uitlenen aan de balie"
        intro="Voor een inwoner of een vereniging van wie hij of zij verantwoordelijke is. Dezelfde voorraad en prijzen als online, zonder de minimale termijn; jij staat in de auditlog."
      />
      {!resident ? (
        <DeskResidentSearch
          q={query.q ?? ""}
          found={found}
          path="/beheer/uitleendienst/balie"
          nextStep="Materiaal uitlenen"
        />
      ) : (
        <div className="grid gap-6 lg:grid-cols-[20rem_minmax(0,1fr)]">
          <Card title="Inwoner">
            <p className="font-semibold">{resident.name}</p>
            <p>{resident.email ?? "Geen e-mailadres: geef de bevestiging op papier mee."}</p>
            <p className="mt-3">
              <Link href="/beheer/uitleendienst/balie">Andere inwoner</Link>
            </p>
          </Card>
          <Card title="Materiaal">
            <BasketForm
              items={basketItems(catalogue)}
              slots={catalogue.slots}
              delivery={deliveryOffer(catalogue)}
              parties={parties}
              defaultBorrowFor="self"
              preset={{}}
              earliest={addBrusselsDays(brusselsParts(new Date()).dateKey, 1)}
              resident={{ id: resident.id, name: resident.name ?? "De inwoner" }}
            />
          </Card>
        </div>
      )}
    </>
  );
}
