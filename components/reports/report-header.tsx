// The top of every page about one report: the way back, the number, and what kind of report it is.
import Link from "next/link";
import type { ReportChannel, ReportKind } from "@/generated/prisma/enums";
import { PageHeader } from "@/components/ui/page-header";
import { CHANNEL_LABELS, KIND_LABELS } from "@/lib/reports/labels";

export function ReportHeader({
  report,
  back,
  channel,
}: {
  report: { number: string; kind: ReportKind; category: { name: string } };
  back?: { href: string; label: string };
  /** Staff see how it came in. */
  channel?: ReportChannel;
}) {
  const about = `${KIND_LABELS[report.kind].title} over ${report.category.name.toLowerCase()}`;
  return (
    <>
      {back && (
        <p className="mb-2">
          <Link href={back.href}>{back.label}</Link>
        </p>
      )}
      <PageHeader
        title={`Melding ${report.number}`}
        intro={channel ? `${about}, via ${CHANNEL_LABELS[channel].toLowerCase()}` : about}
      />
    </>
  );
}
