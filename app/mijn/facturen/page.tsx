import type { Metadata } from "next";
import { InvoiceList } from "@/components/payments/invoice-list";
import { PageHeader } from "@/components/ui/page-header";
import { PagedCard } from "@/components/ui/paged-card";
import { requireUser } from "@/lib/auth/guards";
import { myInvoices } from "@/lib/payments/invoice-queries";
import { pageFromSearch, pageQuery } from "@/lib/paging";

export const metadata: Metadata = { title: "Mijn facturen" };

type Props = { searchParams: Promise<{ pagina?: string }> };

export default async function MyInvoicesPage({ searchParams }: Props) {
  const actor = await requireUser("/mijn/facturen");
  const query = await searchParams;
  const invoices = await myInvoices(actor.userId, pageFromSearch(query.pagina));
  return (
    <>
      <PageHeader
        title="Mijn facturen"
        intro="Facturen aan de erkende verenigingen waarvoor je uitleende of een zaal huurde, met de vervaldag, de mededeling en de PDF."
      />
      <PagedCard
        paging={invoices}
        noun={["factuur", "facturen"]}
        href={(p) => `/mijn/facturen?${pageQuery(query, "pagina", p)}`}
      >
        <InvoiceList rows={invoices.rows} now={new Date()} />
      </PagedCard>
    </>
  );
}
