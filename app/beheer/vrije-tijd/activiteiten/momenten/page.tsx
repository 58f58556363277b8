import type { Metadata } from "next";
import Link from "next/link";
import { OpeningForm } from "@/components/activities/admin/opening-form";
import { Card } from "@/components/ui/card";
import { DataList } from "@/components/ui/data-list";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { staffOpenings } from "@/lib/activities/queries/admin";
import { requireStaff } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/be/time";

export const metadata: Metadata = { title: "Inschrijvingsmomenten" };

type Props = { searchParams: Promise<{ bewaard?: string }> };

export default async function OpeningsPage({ searchParams }: Props) {
  const here = "/beheer/vrije-tijd/activiteiten/momenten";
  await requireStaff("activities:manage", here);
  const [openings, query] = await Promise.all([staffOpenings(), searchParams]);
  return (
    <>
      <PageHeader
        title="Inschrijvingsmomenten"
        intro="Wanneer de inschrijvingen openen en sluiten, met de wachtzaal ervoor. Activiteiten kiezen een moment."
      >
        <p className="mt-4">
          <Link href="/beheer/vrije-tijd/activiteiten">Alle activiteiten</Link>
        </p>
      </PageHeader>
      {query.bewaard && <Notice tone="success">Het inschrijvingsmoment is bewaard.</Notice>}
      <div className="space-y-6">
        <Card title="Momenten">
          <DataList
            caption="Inschrijvingsmomenten"
            rows={openings}
            rowKey={(o) => o.id}
            empty="Nog geen inschrijvingsmomenten."
            columns={[
              {
                key: "label",
                label: "Naam",
                primary: true,
                cell: (o) => <Link href={`${here}/${o.id}`}>{o.label}</Link>,
              },
              { key: "opens", label: "Opent", cell: (o) => formatDateTime(o.opensAt) },
              { key: "closes", label: "Sluit", cell: (o) => formatDateTime(o.closesAt) },
              { key: "activities", label: "Activiteiten", align: "right", cell: (o) => o._count.activities },
            ]}
          />
        </Card>
        <Card title="Nieuw inschrijvingsmoment">
          <OpeningForm />
        </Card>
      </div>
    </>
  );
}
