import type { Metadata } from "next";
import Link from "next/link";
import { DayPartsForm } from "@/components/halls/staff/day-parts-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { formatMinutes } from "@/lib/be/time";
import { dayParts } from "@/lib/halls/queries/staff";

export const metadata: Metadata = { title: "Dagdelen" };

export default async function DayPartsPage() {
  await requireStaff("leisure:manage", "/beheer/zalen/dagdelen");
  const parts = await dayParts();
  return (
    <div className="max-w-3xl">
      <PageHeader
        title="Dagdelen"
        intro="Zalen die per dagdeel verhuurd worden, gebruiken deze uren. Bestaande reservaties houden hun uren."
      />
      <p className="mb-6">
        <Link href="/beheer/zalen">Terug naar de planning</Link>
      </p>
      <Card title="Dagdelen wijzigen">
        <DayPartsForm
          parts={parts.map((p) => ({
            code: p.code,
            label: p.label,
            start: formatMinutes(p.startMinutes),
            end: formatMinutes(p.endMinutes),
          }))}
        />
      </Card>
    </div>
  );
}
