import type { Metadata } from "next";
import Link from "next/link";
import { ActivityForm } from "@/components/activities/admin/activity-form";
import { buttonClass } from "@/components/ui/button-class";
import { Card } from "@/components/ui/card";
import { DataList } from "@/components/ui/data-list";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { activityForEdit, openingOptions } from "@/lib/activities/queries/admin";
import { requireStaff } from "@/lib/auth/guards";
import { formatDateKey } from "@/lib/be/calendar-date";
import { notFound } from "@/lib/http/page-interrupts";
import { dateKeyOf as key } from "@/lib/be/date-key";

export const metadata: Metadata = { title: "Activiteit beheren" };

type Props = {
  params: Promise<{ activityId: string }>;
  searchParams: Promise<{ nieuw?: string; periode?: string }>;
};

const NOTICES: Record<string, string> = {
  bewaard: "De periode is bewaard.",
  verwijderd: "De periode is verwijderd.",
};

export default async function EditActivityPage({ params, searchParams }: Props) {
  const { activityId } = await params;
  const here = `/beheer/vrije-tijd/activiteiten/bewerken/${activityId}`;
  await requireStaff("activities:manage", here);
  const [found, openings, query] = await Promise.all([
    activityForEdit(activityId),
    openingOptions(),
    searchParams,
  ]);
  if (!found) notFound();
  const { activity: a, sessions, values } = found;
  const notice = query.nieuw
    ? "De activiteit is aangemaakt. Voeg nu de periodes toe."
    : NOTICES[query.periode ?? ""];
  return (
    <>
      <PageHeader title={a.title} intro="De activiteit, haar tarieven en haar periodes.">
        <p className="mt-4 flex flex-wrap gap-x-4 gap-y-2">
          <Link href="/beheer/vrije-tijd/activiteiten">Alle activiteiten</Link>
          <Link href={`/activiteiten/${a.slug}`}>Bekijk in het aanbod</Link>
        </p>
      </PageHeader>
      {notice && <Notice tone="success">{notice}</Notice>}
      <div className="space-y-6">
        <Card title="Periodes">
          <DataList
            caption={`Periodes van ${a.title}`}
            rows={sessions}
            rowKey={(s) => s.id}
            empty="Nog geen periodes."
            columns={[
              {
                key: "label",
                label: "Periode",
                primary: true,
                cell: (s) => <Link href={`${here}/periodes/${s.id}`}>{s.label}</Link>,
              },
              {
                key: "dates",
                label: "Data",
                cell: (s) => `${formatDateKey(key(s.startDate))} tot ${formatDateKey(key(s.endDate))}`,
              },
              { key: "taken", label: "Ingenomen", align: "right", cell: (s) => `${s.taken} / ${s.capacity}` },
            ]}
          />
          <p className="mt-4">
            <Link href={`${here}/periodes/nieuw`} className={buttonClass("secondary")}>
              Periode toevoegen
            </Link>
          </p>
        </Card>
        <Card title="Activiteit en tarieven">
          <ActivityForm activityId={a.id} values={values} openings={openings} />
        </Card>
      </div>
    </>
  );
}
