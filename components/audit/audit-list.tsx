// The audit log as a list: a table on a wide screen, cards on a phone (nothing scrolls sideways).
import { DataList } from "@/components/ui/data-list";
import { auditActionLabel, auditSubjectLabel } from "@/lib/audit/labels";
import type { AuditRow } from "@/lib/audit/queries";
import { formatDateTime } from "@/lib/be/time";

const who = (u: { name: string | null; email: string | null } | null) => u?.name ?? u?.email;

export function AuditList({ rows }: { rows: AuditRow[] }) {
  return (
    <DataList
      caption="Handelingen, nieuwste eerst"
      rows={rows}
      rowKey={(r) => r.id}
      empty="Geen handelingen voor deze filters."
      tableFrom="lg"
      columns={[
        {
          key: "what",
          label: "Handeling",
          primary: true,
          cell: (r) => <span title={r.action}>{auditActionLabel(r.action)}</span>,
        },
        { key: "when", label: "Wanneer", cell: (r) => formatDateTime(r.at) },
        { key: "who", label: "Wie", cell: (r) => who(r.actor) ?? "systeem of anoniem" },
        {
          key: "for",
          label: "Namens",
          cell: (r) =>
            r.association?.name ??
            (r.onBehalfOfId && r.onBehalfOfId !== r.actorId ? who(r.onBehalfOf) : "") ??
            "",
        },
        {
          key: "about",
          label: "Over",
          cell: (r) => [auditSubjectLabel(r.subjectType), r.subjectId].filter(Boolean).join(" "),
        },
      ]}
    />
  );
}
