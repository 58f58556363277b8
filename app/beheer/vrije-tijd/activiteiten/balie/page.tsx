import type { Metadata } from "next";
import { connection } from "next/server";
import Link from "next/link";
import { AddToBasket } from "@/components/activities/add-to-basket";
import { SendBasket } from "@/components/activities/basket-forms";
import { BasketView } from "@/components/activities/basket-view";
import { DeskSocialTariffForm } from "@/components/activities/social-tariff-forms";
import { LotteryIsland } from "@/components/activities/lottery-island";
import { VerifyResidenceButton } from "@/components/residents/residence-verification";
import { DeskResidentSearch } from "@/components/staff/desk-resident-search";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { activityCatalogue } from "@/lib/activities/queries/catalogue";
import { deskParent } from "@/lib/activities/queries/staff";
import { verifyResidentForTariff } from "@/lib/activities/staff-actions";
import { requireStaff } from "@/lib/auth/guards";
import { formatTime } from "@/lib/be/time";

export const metadata: Metadata = { title: "Vrije tijd - inschrijven aan de balie" };

type Props = {
  searchParams: Promise<{ inwoner?: string; q?: string; pagina?: string; wachtlijst?: string }>;
};

/** Registering at the desk or on the phone: who (found or registered), then the same basket and line. */
export default async function DeskRegistrationPage({ searchParams }: Props) {
  const path = "/beheer/vrije-tijd/activiteiten/balie";
  await requireStaff("activities:manage", path);
  await connection();
  const query = await searchParams;
  const [{ resident, found, children, baskets, places }, catalogue] = await Promise.all([
    deskParent(query),
    activityCatalogue(),
  ]);
  const now = new Date();
  return (
    <>
      <PageHeader
        title="Inschrijven aan de balie"
        intro="Voor een ouder aan de balie of aan de telefoon: dezelfde regels en, tijdens een opening, dezelfde wachtzaal als online. Jij staat in de auditlog."
      />
      {query.wachtlijst && <Notice tone="info">Alles was volzet: de kinderen staan op de wachtlijst.</Notice>}
      {!resident ? (
        <DeskResidentSearch q={query.q ?? ""} found={found} path={path} nextStep="Kinderen inschrijven" />
      ) : (
        <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[20rem_minmax(0,1fr)]">
          <Card title="Ouder">
            <p className="font-semibold">{resident.name}</p>
            <p>{resident.email ?? "Geen e-mailadres: geef de bevestiging op papier mee."}</p>
            <p className="mt-2">
              Kinderen: {children.map((c) => c.firstName).join(", ") || "nog geen"}.{" "}
              <Link href={`/beheer/inwoners/${resident.id}`}>Kind toevoegen</Link>
            </p>
            <VerifyResidenceButton residentId={resident.id} action={verifyResidentForTariff} />
            <p className="mt-3">
              <Link href={path}>Andere ouder</Link>
            </p>
          </Card>
          <div className="space-y-6">
            {baskets.map((b) => {
              const place = places.get(b.opening.id);
              return (
                <div key={b.opening.id}>
                  <BasketView basket={b} now={now} residentId={resident.id} />
                  {place?.state === "admitted" && (
                    <SendBasket openingId={b.opening.id} residentId={resident.id} />
                  )}
                  {place?.state === "waiting" && (
                    <p>
                      Nummer {place.position} van {place.total} in de wachtzaal; aan de beurt rond{" "}
                      {formatTime(place.admitAt)}. <a href={`${path}?inwoner=${resident.id}`}>Vernieuw</a>
                    </p>
                  )}
                </div>
              );
            })}
            {children.length > 0 && (
              <Card title="Kansentarief (UiTPAS)">
                <p className="mb-4 text-sm text-slate-700">
                  Zie je de UiTPAS met kansenstatuut of een attest, dan bevestig je het kansentarief hier
                  meteen; het geldt voor de mandjes en inschrijvingen van dit kind. Aanvragen van ouders staan
                  bij <Link href="/beheer/vrije-tijd/activiteiten/kansentarief">Kansentarief</Link>.
                </p>
                <DeskSocialTariffForm residentId={resident.id} kids={children} />
              </Card>
            )}
            {children.length > 0 &&
              catalogue.map((a) => (
                <Card key={a.id} title={a.title} as="h3">
                  {a.allocationMode === "LOTTERY" ? (
                    <LotteryIsland a={a} now={now} residentId={resident.id} />
                  ) : (
                    <AddToBasket
                      residentId={resident.id}
                      sessions={a.sessions.map((s) => ({ id: s.id, label: s.label }))}
                      kids={children.map((c) => ({ id: c.id, firstName: c.firstName }))}
                    />
                  )}
                </Card>
              ))}
          </div>
        </div>
      )}
    </>
  );
}
