import type { Metadata } from "next";
import Link from "next/link";
import { StaffReportForm } from "@/components/reports/staff/staff-report-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { CHANNEL_LABELS, KIND_LABELS } from "@/lib/reports/labels";
import { getCategories } from "@/lib/reports/queries";
import { KINDS, STAFF_CHANNELS } from "@/lib/reports/schema";

export const metadata: Metadata = { title: "Melding invoeren" };

export default async function EnterReportPage() {
  await requireStaff("reports:manage", "/beheer/meldpunt/nieuw");
  const categories = await getCategories();
  return (
    <>
      <p className="mb-2">
        <Link href="/beheer/meldpunt">Terug naar het meldpunt</Link>
      </p>
      <PageHeader
        title="Melding invoeren"
        intro="Voor iemand aan de telefoon, aan de balie of uit een e-mail. Het kanaal wordt bewaard."
      />
      <Card>
        <StaffReportForm
          channels={STAFF_CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }))}
          kinds={KINDS.map((k) => ({ value: k, label: KIND_LABELS[k].title }))}
          categories={categories
            .filter((c) => c.inRemit)
            .map((c) => ({ value: c.slug, label: `${c.name} (${c.department?.name ?? ""})` }))}
        />
      </Card>
    </>
  );
}
