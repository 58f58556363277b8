import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "@/lib/http/page-interrupts";
import { ClosureForm, LiftClosureForm } from "@/components/halls/closure-forms";
import { HallSettingsForm } from "@/components/halls/hall-settings-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { formatDate, formatTime } from "@/lib/be/time";
import { db } from "@/lib/db";
import { upcomingClosures } from "@/lib/halls/closures";

export const metadata: Metadata = { title: "Zalen - instellingen" };

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ nieuw?: string; opgeheven?: string }>;
};

const euro = (cents: number) => (cents / 100).toFixed(2).replace(".", ",");

export default async function HallSettingsPage({ params, searchParams }: Props) {
  const [{ slug }, { nieuw, opgeheven }] = await Promise.all([params, searchParams]);
  await requireStaff("leisure:manage", `/beheer/zalen/instellingen/${slug}`);
  const [hall, categories] = await Promise.all([
    db.hall.findUnique({ where: { slug }, include: { tariffs: true } }),
    db.hallCategory.findMany({ orderBy: { sortOrder: "asc" } }),
  ]);
  if (!hall) notFound();
  const closures = await upcomingClosures(hall.id);
  const when = (d: Date) => `${formatDate(d)} ${formatTime(d)}`;
  return (
    <>
      <PageHeader
        title={`Instellingen: ${hall.name}`}
        intro="Tarieven per categorie, reserveringstermijnen, waarborg en sluitingen."
      />
      {nieuw && (
        <p role="status" className="mb-6 rounded-md border-l-4 border-green-700 bg-green-50 p-4">
          De zaal is toegevoegd. Geef nu minstens één categorie een prijs; zonder tarief kan niemand ze huren.
        </p>
      )}
      {opgeheven && (
        <p role="status" className="mb-6 rounded-md border-l-4 border-green-700 bg-green-50 p-4">
          De sluiting is opgeheven; de zaal is in die periode weer te huren.
        </p>
      )}
      <p className="mb-4">
        <Link href={`/beheer/zalen/zaal/${hall.slug}`}>Naam, adres, beschrijving en verhuur aanpassen</Link>
      </p>
      <Card>
        <HallSettingsForm
          hallId={hall.id}
          unitWord={hall.rentalUnit === "HOURLY" ? "uur" : "dagdeel"}
          deposit={euro(hall.depositCents)}
          requiresApproval={hall.requiresApproval}
          rows={categories.map((c) => {
            const t = hall.tariffs.find((x) => x.category === c.code);
            return {
              code: c.code,
              label: c.label,
              price: t ? euro(t.unitCents) : "",
              months: String(t?.bookingWindowMonths ?? 6),
              invoice: t?.invoiceAllowed ?? false,
            };
          })}
        />
      </Card>
      <div className="mt-8">
        <Card title="Sluitingen">
          <p className="mb-4">
            Een gesloten zaal staat als &quot;Gesloten&quot; op de kalender en kan niet gereserveerd worden.
            Liggen er actieve reservaties of aanvragen in de periode, dan weigert de sluiting en zie je welke.
          </p>
          {closures.length === 0 ? (
            <p className="mb-4">Geen komende sluitingen.</p>
          ) : (
            <ul className="mb-6 space-y-3">
              {closures.map((c) => (
                <li key={c.id} className="rounded border border-slate-300 p-3">
                  <p>
                    <strong>
                      {when(c.startsAt)} tot {when(c.endsAt)}
                    </strong>
                    : {c.reason}
                  </p>
                  <LiftClosureForm
                    closureId={c.id}
                    label={`Sluiting van ${formatDate(c.startsAt)} opheffen`}
                  />
                </li>
              ))}
            </ul>
          )}
          <ClosureForm hallId={hall.id} />
        </Card>
      </div>
      <p className="mt-6">
        <Link href="/beheer/zalen">Terug naar de planning</Link>
      </p>
    </>
  );
}
