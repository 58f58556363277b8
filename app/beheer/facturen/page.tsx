import type { Metadata } from "next";
import Link from "next/link";
import { InvoiceList } from "@/components/payments/invoice-list";
import { PagedCard } from "@/components/ui/paged-card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { INVOICE_FILTERS, type InvoiceFilter, staffInvoices } from "@/lib/payments/invoice-queries";
import { INVOICE_FILTER_LABELS } from "@/lib/payments/labels";
import { pageFromSearch, pageQuery } from "@/lib/paging";

export const metadata: Metadata = { title: "Facturen" };

type Props = { searchParams: Promise<{ status?: string; pagina?: string }> };

export default async function InvoicesPage({ searchParams }: Props) {
  await requireStaff("leisure:manage", "/beheer/facturen");
  const search = await searchParams;
  const filter: InvoiceFilter = INVOICE_FILTERS.find((f) => f === search.status) ?? "open";
  const now = new Date();
  const list = await staffInvoices(filter, pageFromSearch(search.pagina), now);
  return (
    <>
      <PageHeader
        title="Facturen"
        intro="Facturen aan erkende verenigingen (zaalhuur, uitleendienst): open, vervallen en betaald. Boek een betaling zodra ze op de rekening staat."
      />
      <nav aria-label="Welke facturen" className="mb-6 flex flex-wrap gap-3">
        {INVOICE_FILTERS.map((f) => (
          <Link
            key={f}
            href={`/beheer/facturen?status=${f}`}
            aria-current={f === filter ? "page" : undefined}
            className={`rounded-md border px-3 py-2 ${f === filter ? "border-slate-900 bg-slate-900 text-white" : "border-slate-400 underline"}`}
          >
            {INVOICE_FILTER_LABELS[f]}
          </Link>
        ))}
        <Link href="/beheer/facturen/instellingen" className="rounded-md px-3 py-2 underline">
          Termijnen en herinneringen
        </Link>
      </nav>
      <PagedCard
        title={`${INVOICE_FILTER_LABELS[filter]} facturen`}
        paging={list}
        noun={["factuur", "facturen"]}
        href={(p) => `/beheer/facturen?${pageQuery(search, "pagina", p)}`}
      >
        <InvoiceList rows={list.rows} now={now} staff />
      </PagedCard>
    </>
  );
}
