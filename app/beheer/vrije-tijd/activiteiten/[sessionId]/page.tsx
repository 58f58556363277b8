import type { Metadata } from "next";
import { buttonClass } from "@/components/ui/button-class";
import { DataList } from "@/components/ui/data-list";
import { PageHeader } from "@/components/ui/page-header";
import { REGISTRATION_STATUS_LABELS, schoolYearLabel } from "@/lib/activities/labels";
import { sessionWithParticipants } from "@/lib/activities/queries/staff";
import { requireStaff } from "@/lib/auth/guards";
import { formatDateKey } from "@/lib/be/calendar-date";
import { notFound } from "@/lib/http/page-interrupts";

export const metadata: Metadata = { title: "Vrije tijd - deelnemers" };

type Props = { params: Promise<{ sessionId: string }> };

const key = (d: Date) => d.toISOString().slice(0, 10);

export default async function ParticipantsPage({ params }: Props) {
  const { sessionId } = await params;
  await requireStaff("activities:manage", `/beheer/vrije-tijd/activiteiten/${sessionId}`);
  const found = await sessionWithParticipants(sessionId);
  if (!found) notFound();
  const { session, registrations } = found;
  return (
    <>
      <PageHeader
        title={`${session.activity.title}: ${session.label}`}
        intro={`${formatDateKey(key(session.startDate))} tot ${formatDateKey(key(session.endDate))}, ${session.place}. Medische gegevens staan hier niet: die zijn alleen voor de begeleiding van de activiteit.`}
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
        caption="Deelnemers en wachtlijst"
        rows={registrations}
        rowKey={(r) => r.id}
        empty="Nog niemand ingeschreven."
        tableFrom="lg"
        columns={[
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
        ]}
      />
    </>
  );
}
