import type { Metadata } from "next";
import { AttendanceForm } from "@/components/activities/attendance-form";
import { MessageParentsForm } from "@/components/activities/message-parents-form";
import { ParentMessages } from "@/components/activities/parent-messages";
import { SessionOrganisers } from "@/components/activities/session-organisers";
import { buttonClass } from "@/components/ui/button-class";
import { DataList, type DataColumn } from "@/components/ui/data-list";
import { Pager } from "@/components/ui/pager";
import { PageHeader } from "@/components/ui/page-header";
import { REGISTRATION_STATUS_LABELS, schoolYearLabel } from "@/lib/activities/labels";
import { activityOrganisers, sessionMessages } from "@/lib/activities/queries/organiser";
import { sessionPage } from "@/lib/activities/queries/staff";
import { requireStaff } from "@/lib/auth/guards";
import { formatDateKey } from "@/lib/be/calendar-date";
import { brusselsInstant, formatLongDate } from "@/lib/be/time";
import { notFound } from "@/lib/http/page-interrupts";
import { pageFromSearch, pageQuery } from "@/lib/paging";
import { dateKeyOf as key } from "@/lib/be/date-key";

export const metadata: Metadata = { title: "Vrije tijd - deelnemers" };

type Props = {
  params: Promise<{ sessionId: string }>;
  searchParams: Promise<{ wachtlijst?: string }>;
};

type Row = NonNullable<Awaited<ReturnType<typeof sessionPage>>>["placed"][number];

const columns: DataColumn<Row>[] = [
  { key: "child", label: "Kind", primary: true, cell: (r) => r.childName },
  {
    key: "year",
    label: "Schooljaar",
    cell: (r) => (r.member ? schoolYearLabel(r.member.schoolYear) : ""),
  },
  { key: "status", label: "Status", cell: (r) => REGISTRATION_STATUS_LABELS[r.status] },
  { key: "parent", label: "Ouder", cell: (r) => `${r.user?.name ?? ""} ${r.user?.phone ?? ""}` },
  { key: "diet", label: "Dieet", cell: (r) => r.member?.dietNotes ?? "" },
  { key: "pickup", label: "Ophalen door", cell: (r) => r.member?.pickupBy ?? "" },
  { key: "photo", label: "Foto's", cell: (r) => (r.member?.photoConsent ? "ja" : "nee") },
];

export default async function ParticipantsPage({ params, searchParams }: Props) {
  const [{ sessionId }, search] = await Promise.all([params, searchParams]);
  await requireStaff("activities:manage", `/beheer/vrije-tijd/activiteiten/${sessionId}`);
  const found = await sessionPage(sessionId, pageFromSearch(search.wachtlijst));
  if (!found) notFound();
  const { session, placed, waiting, days } = found;
  const [organisers, messages] = await Promise.all([
    activityOrganisers(session.activityId),
    sessionMessages(session.id),
  ]);
  const present: Record<string, string[]> = {};
  for (const r of placed) for (const a of r.attendance) (present[key(a.day)] ??= []).push(r.id);
  return (
    <>
      <PageHeader
        title={`${session.activity.title}: ${session.label}`}
        intro={`${formatDateKey(key(session.startDate))} tot ${formatDateKey(key(session.endDate))}, ${session.place}. Medische gegevens staan hier niet: die zien alleen de begeleiders van de activiteit, in Mijn Wingene.`}
      >
        <p className="mt-4">
          <a
            href={`/beheer/vrije-tijd/activiteiten/${session.id}/export`}
            className={buttonClass("secondary")}
            download
          >
            Exporteren als CSV
          </a>
        </p>
      </PageHeader>
      <DataList
        caption="Deelnemers"
        rows={placed}
        rowKey={(r) => r.id}
        empty="Nog niemand met een plaats."
        tableFrom="lg"
        columns={columns}
      />
      {waiting.total > 0 && (
        <section aria-labelledby="wachtlijst" className="mt-8">
          <h2 id="wachtlijst" className="mb-2 text-xl font-bold">
            Wachtlijst
          </h2>
          <DataList
            caption="Wachtlijst"
            rows={waiting.rows}
            rowKey={(r) => r.id}
            tableFrom="lg"
            columns={columns}
          />
          {waiting.pages > 1 && (
            <Pager
              paging={waiting}
              noun={["kind", "kinderen"]}
              href={(p) =>
                `/beheer/vrije-tijd/activiteiten/${session.id}?${pageQuery(search, "wachtlijst", p)}#wachtlijst`
              }
            />
          )}
        </section>
      )}
      <section aria-labelledby="aanwezigheden" className="mt-10">
        <h2 id="aanwezigheden" className="text-xl font-bold">
          Aanwezigheden
        </h2>
        <p className="mt-2 max-w-prose">
          Vink per dag aan wie er was. Enkel deze dagen tellen voor het fiscaal attest kinderopvang van de
          ouders.
        </p>
        {placed.length === 0 ? (
          <p className="mt-4">Nog geen kinderen met een plaats.</p>
        ) : (
          <div className="mt-4">
            <AttendanceForm
              sessionId={session.id}
              days={days.map((d) => ({ key: d, label: formatLongDate(brusselsInstant(d, 720)) }))}
              participants={placed.map((r) => ({ id: r.id, name: r.childName }))}
              present={present}
            />
          </div>
        )}
      </section>
      <section aria-labelledby="bericht" className="mt-10 max-w-prose">
        <h2 id="bericht" className="text-xl font-bold">
          Bericht aan de ouders
        </h2>
        <div className="mt-4">
          <MessageParentsForm sessionId={session.id} asOrganiser={false} />
        </div>
        <h3 className="mt-8 mb-2 text-lg font-bold">Eerdere berichten</h3>
        <ParentMessages messages={messages} />
      </section>
      <section aria-labelledby="begeleiders" className="mt-10">
        <h2 id="begeleiders" className="text-xl font-bold">
          Begeleiders van de activiteit
        </h2>
        <SessionOrganisers activityId={session.activityId} sessionId={session.id} organisers={organisers} />
      </section>
    </>
  );
}
