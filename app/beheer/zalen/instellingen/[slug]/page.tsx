import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "@/lib/http/page-interrupts";
import { ClosuresPanel } from "@/components/halls/staff/closures-panel";
import { HallSettingsForm } from "@/components/halls/staff/hall-settings-form";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { hallSettings } from "@/lib/halls/queries/staff";

export const metadata: Metadata = { title: "Zalen - instellingen" };

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ nieuw?: string; opgeheven?: string }>;
};

export default async function HallSettingsPage({ params, searchParams }: Props) {
  const [{ slug }, { nieuw, opgeheven }] = await Promise.all([params, searchParams]);
  await requireStaff("leisure:manage", `/beheer/zalen/instellingen/${slug}`);
  const settings = await hallSettings(slug);
  if (!settings) notFound();
  const { hall, rows, closures } = settings;
  return (
    <>
      <PageHeader
        title={`Instellingen: ${hall.name}`}
        intro="Tarieven per categorie, reserveringstermijnen, waarborg en sluitingen."
      />
      {nieuw && (
        <Notice tone="success">
          De zaal is toegevoegd. Geef nu minstens één categorie een prijs; zonder tarief kan niemand ze huren.
        </Notice>
      )}
      {opgeheven && (
        <Notice tone="success">De sluiting is opgeheven; de zaal is in die periode weer te huren.</Notice>
      )}
      <p className="mb-4">
        <Link href={`/beheer/zalen/zaal/${hall.slug}`}>Naam, adres, beschrijving en verhuur aanpassen</Link>
      </p>
      <Card>
        <HallSettingsForm
          hallId={hall.id}
          unitWord={hall.rentalUnit === "HOURLY" ? "uur" : "dagdeel"}
          depositCents={hall.depositCents}
          requiresApproval={hall.requiresApproval}
          rows={rows.map(({ category, tariff }) => ({
            code: category.code,
            label: category.label,
            priceCents: tariff?.unitCents ?? null,
            months: tariff?.bookingWindowMonths ?? 6,
            invoice: tariff?.invoiceAllowed ?? false,
          }))}
        />
      </Card>
      <div className="mt-8">
        <ClosuresPanel hallId={hall.id} closures={closures} />
      </div>
      <p className="mt-6">
        <Link href="/beheer/zalen">Terug naar de planning</Link>
      </p>
    </>
  );
}
