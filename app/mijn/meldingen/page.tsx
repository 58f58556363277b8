import type { Metadata } from "next";
import Link from "next/link";
import { MyReportsList } from "@/components/reports/my-reports-list";
import { buttonClass } from "@/components/ui/button-class";
import { PagedCard } from "@/components/ui/paged-card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { pageFromSearch, pageQuery } from "@/lib/paging";
import { getMyReports } from "@/lib/reports/queries";

export const metadata: Metadata = { title: "Mijn meldingen" };

type Props = { searchParams: Promise<{ pagina?: string }> };

export default async function MyReportsPage({ searchParams }: Props) {
  const actor = await requireUser("/mijn/meldingen");
  const query = await searchParams;
  const reports = await getMyReports(actor.userId, pageFromSearch(query.pagina));
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
      <PagedCard
        paging={reports}
        noun={["melding", "meldingen"]}
        href={(p) => `/mijn/meldingen?${pageQuery(query, "pagina", p)}`}
      >
        <MyReportsList reports={reports.rows} />
      </PagedCard>
    </>
  );
}
