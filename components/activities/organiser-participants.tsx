// The children with a place in a session as an organiser sees them: age on the first day, school
// year, parent and how to reach them, who picks up, photo consent, diet, and the medical notes
// only when the organiser asked for them (that read is audited). A table on a wide screen, cards
// on a phone.
import { DataList, type DataColumn } from "@/components/ui/data-list";
import { schoolYearLabel } from "@/lib/activities/labels";
import { ageOn } from "@/lib/activities/rules";
import { dateKeyOf as key } from "@/lib/be/date-key";

type Row = {
  id: string;
  childName: string;
  user: { name: string | null; email: string | null; phone: string | null } | null;
  member: {
    birthDate: Date;
    schoolYear: number | null;
    dietNotes: string | null;
    pickupBy: string | null;
    photoConsent: boolean;
    medicalNotes?: string | null;
  } | null;
};

export function OrganiserParticipants({
  rows,
  start,
  medical,
}: {
  rows: Row[];
  start: Date;
  medical: boolean;
}) {
  const columns: DataColumn<Row>[] = [
    { key: "child", label: "Kind", primary: true, cell: (r) => r.childName },
    {
      key: "age",
      label: "Leeftijd",
      cell: (r) => (r.member ? `${ageOn(key(r.member.birthDate), key(start))} jaar` : ""),
    },
    { key: "year", label: "Schooljaar", cell: (r) => (r.member ? schoolYearLabel(r.member.schoolYear) : "") },
    {
      key: "parent",
      label: "Ouder",
      cell: (r) => (
        <span className="break-words">
          {r.user?.name ?? ""} {r.user?.phone ?? ""} {r.user?.email ?? ""}
        </span>
      ),
    },
    { key: "pickup", label: "Ophalen door", cell: (r) => r.member?.pickupBy ?? "" },
    { key: "photo", label: "Foto's", cell: (r) => (r.member?.photoConsent ? "ja" : "nee") },
    { key: "diet", label: "Dieet", cell: (r) => r.member?.dietNotes ?? "" },
    ...(medical
      ? [{ key: "medical", label: "Medisch", cell: (r: Row) => r.member?.medicalNotes ?? "geen" }]
      : []),
  ];
  return (
    <DataList
      caption="Deelnemers"
      rows={rows}
      rowKey={(r) => r.id}
      empty="Nog niemand met een plaats."
      tableFrom="lg"
      columns={columns}
    />
  );
}
