import type { Metadata } from "next";
import Link from "next/link";
import { PagedCard } from "@/components/ui/paged-card";
import { DataList } from "@/components/ui/data-list";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { pageFromSearch, pageQuery } from "@/lib/paging";
import { formatDate } from "@/lib/be/time";
import { myAdviceRequests } from "@/lib/events/queries/advisor";

export const metadata: Metadata = { title: "Adviesvragen" };

// The advice asked of the advisor's body (politie, brandweer, milieudienst): nothing else of any
// dossier; someone who is no advisor sees an empty list.
type Props = { searchParams: Promise<{ pagina?: string }> };

export default async function AdviceListPage({ searchParams }: Props) {
  const actor = await requireUser("/mijn/advies");
  const query = await searchParams;
  const requests = await myAdviceRequests(actor.userId, pageFromSearch(query.pagina));
  return (
    <>
      <PageHeader title="Adviesvragen" intro="Evenementen waarover de gemeente je dienst om advies vraagt." />
      <PagedCard
        paging={requests}
        noun={["adviesvraag", "adviesvragen"]}
        href={(p) => `/mijn/advies?${pageQuery(query, "pagina", p)}`}
      >
        <DataList
          caption="Adviesvragen"
          rows={requests.rows}
          rowKey={(r) => r.id}
          empty="Er zijn geen adviesvragen voor jou."
          columns={[
            {
              key: "what",
              label: "Dossier",
              primary: true,
              cell: (r) => <Link href={`/mijn/advies/${r.id}`}>{r.case.number}</Link>,
            },
            { key: "body", label: "Dienst", cell: (r) => r.body.name },
            { key: "due", label: "Nodig tegen", cell: (r) => formatDate(r.dueOn) },
            { key: "state", label: "Status", cell: (r) => (r.answeredAt ? "Gegeven" : "Te geven") },
          ]}
        />
      </PagedCard>
    </>
  );
}
