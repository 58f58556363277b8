import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { HallSettingsForm } from "@/components/halls/hall-settings-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { db } from "@/lib/db";

export const metadata: Metadata = { title: "Zalen - instellingen" };

type Props = { params: Promise<{ slug: string }> };

const euro = (cents: number) => (cents / 100).toFixed(2).replace(".", ",");

export default async function HallSettingsPage({ params }: Props) {
  const { slug } = await params;
  await requireStaff("leisure:manage", `/beheer/zalen/instellingen/${slug}`);
  const [hall, categories] = await Promise.all([
    db.hall.findUnique({ where: { slug }, include: { tariffs: true } }),
    db.hallCategory.findMany({ orderBy: { sortOrder: "asc" } }),
  ]);
  if (!hall) notFound();
  return (
    <>
      <PageHeader
        title={`Instellingen: ${hall.name}`}
        intro="Tarieven per categorie, reserveringstermijnen en waarborg."
      />
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
      <p className="mt-6">
        <Link href="/beheer/zalen">Terug naar de planning</Link>
      </p>
    </>
  );
}
