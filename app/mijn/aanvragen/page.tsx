import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button-class";
import { Card } from "@/components/ui/card";
import { DataList } from "@/components/ui/data-list";
import { PagedCard } from "@/components/ui/paged-card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { pageFromSearch, pageQuery } from "@/lib/paging";
import { formatDate } from "@/lib/be/time";
import { getMyCases, getMyDrafts } from "@/lib/cases/queries/mine";

export const metadata: Metadata = { title: "Mijn aanvragen" };

type Props = { searchParams: Promise<{ pagina?: string }> };

export default async function MyCasesPage({ searchParams }: Props) {
  const actor = await requireUser("/mijn/aanvragen");
  const query = await searchParams;
  const [cases, drafts] = await Promise.all([
    getMyCases(actor.userId, pageFromSearch(query.pagina)),
    getMyDrafts(actor.userId),
  ]);
  return (
    <>
      <PageHeader
        title="Mijn aanvragen"
        intro="Je aanvragen via het e-loket: attesten, vergunningen, premies en klachten."
      >
        <p className="mt-4">
          <Link href="/loket" className={buttonClass()}>
            Nieuwe aanvraag
          </Link>
        </p>
      </PageHeader>
      {drafts.length > 0 && (
        <div className="mb-6">
          <Card title="In opmaak">
            <DataList
              caption="Aanvragen in opmaak"
              rows={drafts}
              rowKey={(d) => d.id}
              columns={[
                {
                  key: "what",
                  label: "Aanvraag",
                  primary: true,
                  cell: (d) => <Link href={`/loket/${d.slug}/aanvraag`}>{d.name}</Link>,
                },
                { key: "status", label: "Status", cell: () => "Concept" },
                { key: "date", label: "Laatst bewaard", cell: (d) => formatDate(d.updatedAt) },
              ]}
            />
          </Card>
        </div>
      )}
      <PagedCard
        paging={cases}
        noun={["aanvraag", "aanvragen"]}
        href={(p) => `/mijn/aanvragen?${pageQuery(query, "pagina", p)}`}
      >
        <DataList
          caption="Mijn aanvragen"
          rows={cases.rows}
          rowKey={(c) => c.id}
          empty="Je hebt nog niets aangevraagd."
          columns={[
            {
              key: "what",
              label: "Aanvraag",
              primary: true,
              cell: (c) => <Link href={`/mijn/aanvragen/${c.id}`}>{c.product.name}</Link>,
            },
            { key: "number", label: "Referentie", cell: (c) => c.number },
            {
              key: "status",
              label: "Status",
              cell: (c) =>
                c.openQuestion ? <strong>{c.statusLabel}: beantwoord onze vraag</strong> : c.statusLabel,
            },
            { key: "date", label: "Ingediend", cell: (c) => formatDate(c.submittedAt) },
          ]}
        />
      </PagedCard>
    </>
  );
}
