import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "@/lib/http/page-interrupts";
import { ScannerStation } from "@/components/tickets/scanner-station";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { formatLongDate, formatTime } from "@/lib/be/time";
import { getScanPerformance } from "@/lib/tickets/scan-queries";

export const metadata: Metadata = { title: "Tickets scannen" };

type Props = { params: Promise<{ performanceId: string }> };

/** Step two: the scanner for one performance, on a phone at the door. */
export default async function ScanPerformancePage({ params }: Props) {
  const { performanceId } = await params;
  await requireStaff("tickets:scan", `/beheer/scannen/${encodeURIComponent(performanceId)}`);
  const performance = await getScanPerformance(performanceId);
  if (!performance) notFound();
  return (
    <>
      <p className="mb-4">
        <Link href="/beheer/scannen">Andere voorstelling kiezen</Link>
      </p>
      <PageHeader
        title={`Scannen: ${performance.title}`}
        intro={`${formatLongDate(performance.startsAt)} om ${formatTime(performance.startsAt)} · ${performance.venueName}`}
      >
        {performance.cancelledAt && (
          <Notice tone="error" className="mt-3">
            Deze voorstelling is geannuleerd.
          </Notice>
        )}
      </PageHeader>
      <ScannerStation performanceId={performance.id} counts={performance.counts} />
    </>
  );
}
