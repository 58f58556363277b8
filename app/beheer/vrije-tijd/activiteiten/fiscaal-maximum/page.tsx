import type { Metadata } from "next";
import Link from "next/link";
import { DayCapForm } from "@/components/activities/admin/day-cap-form";
import { Card } from "@/components/ui/card";
import { DataList } from "@/components/ui/data-list";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { staffDayCaps } from "@/lib/activities/queries/admin";
import { requireStaff } from "@/lib/auth/guards";
import { formatEuro } from "@/lib/be/money";

export const metadata: Metadata = { title: "Fiscaal maximum per opvangdag" };

type Props = { searchParams: Promise<{ bewaard?: string }> };

export default async function DayCapsPage({ searchParams }: Props) {
  await requireStaff("activities:manage", "/beheer/vrije-tijd/activiteiten/fiscaal-maximum");
  const [caps, query] = await Promise.all([staffDayCaps(), searchParams]);
  const nextYear = (caps[0]?.year ?? new Date().getFullYear()) + 1;
  return (
    <>
      <PageHeader
        title="Fiscaal maximum per opvangdag"
        intro="Het attest kinderopvang (281.86) telt per dag hoogstens dit bedrag als aftrekbaar. FOD Financiën indexeert het elk jaar; een jaar zonder bedrag krijgt geen attest."
      >
        <p className="mt-4">
          <Link href="/beheer/vrije-tijd/activiteiten">Alle activiteiten</Link>
        </p>
      </PageHeader>
      {query.bewaard && <Notice tone="success">Het bedrag voor {query.bewaard} is bewaard.</Notice>}
      <div className="space-y-6">
        <Card title="Bedragen per jaar">
          <DataList
            caption="Fiscaal maximum per opvangdag"
            rows={caps}
            rowKey={(c) => String(c.year)}
            empty="Nog geen bedragen: er kan geen attest gemaakt worden."
            columns={[
              { key: "year", label: "Jaar", primary: true, cell: (c) => c.year },
              { key: "max", label: "Per dag", align: "right", cell: (c) => formatEuro(c.maxDayCents) },
              { key: "source", label: "Bron", cell: (c) => c.source },
            ]}
          />
        </Card>
        <Card title="Bedrag voor een jaar bewaren">
          <p className="mb-4 text-sm text-slate-700">
            Een jaar dat al een bedrag heeft, krijgt het nieuwe bedrag; attesten die daarna gedownload worden,
            gebruiken het.
          </p>
          <DayCapForm year={nextYear} />
        </Card>
      </div>
    </>
  );
}
