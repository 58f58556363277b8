import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { formatLongDate, formatTime } from "@/lib/be/time";
import { listScanPerformances } from "@/lib/tickets/scan-queries";

export const metadata: Metadata = { title: "Tickets scannen" };

type Listed = Awaited<ReturnType<typeof listScanPerformances>>[number];

function countsText({ admitted, total }: Listed["counts"]): string {
  return total === 0 ? "Nog geen tickets verkocht" : `${admitted} van ${total} binnen`;
}

function PerformanceList({ performances }: { performances: Listed[] }) {
  return (
    <ul className="divide-y divide-slate-200">
      {performances.map((p) => (
        <li key={p.id} className="py-3">
          <h3 className="text-lg font-semibold">
            <Link href={`/beheer/scannen/${p.id}`}>{p.title}</Link>
          </h3>
          <p>
            {formatLongDate(p.startsAt)} om {formatTime(p.startsAt)} · {p.venueName}
          </p>
          <p className="font-semibold text-slate-800">{countsText(p.counts)}</p>
        </li>
      ))}
    </ul>
  );
}

/** Step one at the door: which performance is this phone scanning for? */
export default async function ScanChooserPage() {
  await requireStaff("tickets:scan", "/beheer/scannen");
  const performances = await listScanPerformances();
  const today = performances.filter((p) => p.today);
  const later = performances.filter((p) => !p.today);
  return (
    <>
      <PageHeader
        title="Tickets scannen"
        intro="Kies de voorstelling. Daarna scan je de QR-codes met de camera van je gsm of typ je de code in."
      />
      <div className="space-y-6">
        <Card title="Vandaag">
          {today.length ? (
            <PerformanceList performances={today} />
          ) : (
            <p>Vandaag zijn er geen voorstellingen.</p>
          )}
        </Card>
        <Card title="Binnenkort">
          {later.length ? (
            <PerformanceList performances={later} />
          ) : (
            <p>Er zijn de komende weken geen voorstellingen.</p>
          )}
        </Card>
      </div>
    </>
  );
}
