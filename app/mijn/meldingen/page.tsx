import type { Metadata } from "next";
import Link from "next/link";
import { MyReportsList } from "@/components/reports/my-reports-list";
import { buttonClass } from "@/components/ui/button-class";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { getMyReports } from "@/lib/reports/queries";

export const metadata: Metadata = { title: "Mijn meldingen" };

export default async function MyReportsPage() {
  const actor = await requireUser("/mijn/meldingen");
  const reports = await getMyReports(actor.userId);
  return (
    <>
      <PageHeader
        title="Mijn meldingen"
        intro="De meldingen die je verstuurde of volgt, met hun stand van zaken."
      >
        <p className="mt-4">
          <Link href="/melden" className={buttonClass()}>
            Nieuwe melding
          </Link>
        </p>
      </PageHeader>
      <Card>
        <MyReportsList reports={reports} />
      </Card>
    </>
  );
}
