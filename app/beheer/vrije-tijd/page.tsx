import type { Metadata } from "next";
import Link from "next/link";
import { TransferReceivedForm } from "@/components/tickets/admin/order-forms";
import { buttonClass } from "@/components/ui/button-class";
import { Card } from "@/components/ui/card";
import { DataList } from "@/components/ui/data-list";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { pageFromSearch, pageQuery } from "@/lib/paging";
import { formatDateTime } from "@/lib/be/time";
import { requireStaff } from "@/lib/auth/guards";
import { listAllPerformances } from "@/lib/tickets/admin-queries";

export const metadata: Metadata = { title: "Vrije tijd - voorstellingen" };

type Props = { searchParams: Promise<{ pagina?: string }> };

export default async function LeisurePage({ searchParams }: Props) {
  await requireStaff("leisure:manage", "/beheer/vrije-tijd");
  const performances = await listAllPerformances(pageFromSearch((await searchParams).pagina));
  return (
    <>
      <PageHeader
        title="Vrije tijd"
        intro="Voorstellingen van het cultuurseizoen: verkoop, betalingen en verkoop aan de balie."
      >
        <p className="mt-4">
          <Link href="/beheer/vrije-tijd/activiteiten">Activiteiten en kampen</Link>
        </p>
      </PageHeader>
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <Card title="Voorstellingen">
          <p className="mb-4">
            <Link href="/beheer/vrije-tijd/nieuw" className={buttonClass("primary")}>
              Nieuwe voorstelling
            </Link>
          </p>
          <DataList
            caption="Alle voorstellingen"
            rows={performances.rows}
            rowKey={(p) => p.id}
            empty="Nog geen voorstellingen."
            columns={[
              {
                key: "title",
                label: "Voorstelling",
                primary: true,
                cell: (p) => <Link href={`/beheer/vrije-tijd/${p.id}`}>{p.title}</Link>,
              },
              { key: "when", label: "Wanneer", cell: (p) => formatDateTime(p.startsAt) },
              { key: "sold", label: "Verkocht", align: "right", cell: (p) => `${p.taken} / ${p.capacity}` },
              { key: "state", label: "Status", cell: (p) => p.state },
            ]}
          />
          <Pager
            paging={performances}
            noun={["voorstelling", "voorstellingen"]}
            href={(p) => `/beheer/vrije-tijd?${pageQuery({}, "pagina", p)}`}
          />
        </Card>
        <Card title="Overschrijving ontvangen">
          <TransferReceivedForm />
        </Card>
      </div>
    </>
  );
}
