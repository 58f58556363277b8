import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button-class";
import { Card } from "@/components/ui/card";
import { DataList } from "@/components/ui/data-list";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { pageFromSearch, pageQuery } from "@/lib/paging";
import { staffActivities } from "@/lib/activities/queries/staff";
import { requireStaff } from "@/lib/auth/guards";
import { formatDateKey } from "@/lib/be/calendar-date";
import { formatDateTime } from "@/lib/be/time";
import { dateKeyOf as key } from "@/lib/be/date-key";

export const metadata: Metadata = { title: "Vrije tijd - activiteiten" };

type Props = { searchParams: Promise<{ pagina?: string }> };

export default async function StaffActivitiesPage({ searchParams }: Props) {
  await requireStaff("activities:manage", "/beheer/vrije-tijd/activiteiten");
  const activities = await staffActivities(pageFromSearch((await searchParams).pagina));
  return (
    <>
      <PageHeader
        title="Activiteiten en kampen"
        intro="Periodes, plaatsen en wachtlijsten. Open een periode voor de deelnemerslijst en de export."
      >
        <p className="mt-4 flex flex-wrap gap-3">
          <Link href="/beheer/vrije-tijd/activiteiten/balie" className={buttonClass("primary")}>
            Inschrijven voor een ouder
          </Link>
          <Link href="/beheer/vrije-tijd/activiteiten/nieuw" className={buttonClass("secondary")}>
            Nieuwe activiteit
          </Link>
          <Link href="/beheer/vrije-tijd/activiteiten/momenten" className={buttonClass("secondary")}>
            Inschrijvingsmomenten
          </Link>
          <Link href="/beheer/vrije-tijd/activiteiten/kansentarief" className={buttonClass("secondary")}>
            Kansentarief
          </Link>
          <Link href="/beheer/vrije-tijd/activiteiten/fiscaal-maximum" className={buttonClass("secondary")}>
            Fiscaal maximum per dag
          </Link>
        </p>
      </PageHeader>
      <div className="space-y-6">
        {activities.rows.map((a) => (
          <Card key={a.id} title={a.title}>
            <p className="mb-3">
              {a.allocationMode === "LOTTERY"
                ? `Loting${a.lotteryClosesAt ? `: voorkeuren tot ${formatDateTime(a.lotteryClosesAt)}` : ""}${a.lotteryDrawnAt ? ", uitgevoerd" : ""}`
                : `${a.opening.label}: inschrijven vanaf ${formatDateTime(a.opening.opensAt)}`}
              {" · "}
              <Link href={`/beheer/vrije-tijd/activiteiten/loting/${a.id}`}>
                Manier van inschrijven en loting
              </Link>
              {" · "}
              <Link href={`/beheer/vrije-tijd/activiteiten/bewerken/${a.id}`}>
                Activiteit, tarieven en periodes
              </Link>
            </p>
            <DataList
              caption={`Periodes van ${a.title}`}
              rows={a.sessions}
              rowKey={(s) => s.id}
              empty="Nog geen periodes."
              columns={[
                {
                  key: "label",
                  label: "Periode",
                  primary: true,
                  cell: (s) => <Link href={`/beheer/vrije-tijd/activiteiten/${s.id}`}>{s.label}</Link>,
                },
                { key: "from", label: "Van", cell: (s) => formatDateKey(key(s.startDate)) },
                { key: "taken", label: "Bezet", align: "right", cell: (s) => `${s.taken} / ${s.capacity}` },
                { key: "waiting", label: "Wachtlijst", align: "right", cell: (s) => s.waiting },
              ]}
            />
          </Card>
        ))}
      </div>
      {activities.pages > 1 && (
        <Pager
          paging={activities}
          noun={["activiteit", "activiteiten"]}
          href={(p) => `/beheer/vrije-tijd/activiteiten?${pageQuery({}, "pagina", p)}`}
        />
      )}
    </>
  );
}
