import type { Metadata } from "next";
import Link from "next/link";
import { DayPartsForm } from "@/components/halls/day-parts-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { db } from "@/lib/db";

export const metadata: Metadata = { title: "Dagdelen" };

const hhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

export default async function DayPartsPage() {
  await requireStaff("leisure:manage", "/beheer/zalen/dagdelen");
  const parts = await db.hallDayPart.findMany({ orderBy: { sortOrder: "asc" } });
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
            start: hhmm(p.startMinutes),
            end: hhmm(p.endMinutes),
          }))}
        />
      </Card>
    </div>
  );
}
