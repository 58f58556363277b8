// A report's history as staff read it: status moves with who made them, and dated entries
// (messages to the resident, internal notes).
import { formatDateTime } from "@/lib/be/time";
import { STATUS_LABELS } from "@/lib/reports/labels";
import type { StaffReport } from "@/lib/reports/queries";

export function StatusHistory({ changes }: { changes: StaffReport["statusChanges"] }) {
  return (
    <ol className="space-y-1">
      {changes.map((c) => (
        <li key={c.id}>
          {formatDateTime(c.at)}: {c.fromStatus ? `${STATUS_LABELS[c.fromStatus]} → ` : ""}
          {STATUS_LABELS[c.toStatus]}
          {c.actor?.name ? ` door ${c.actor.name}` : ""}
        </li>
      ))}
    </ol>
  );
}

export function DatedEntries({
  entries,
  empty,
}: {
  entries: { id: string; createdAt: Date; body: string; author: { name: string | null } | null }[];
  empty: string;
}) {
  if (entries.length === 0) return <p>{empty}</p>;
  return (
    <ol className="space-y-3">
      {entries.map((e) => (
        <li key={e.id}>
          <p className="text-sm text-slate-700">
            {formatDateTime(e.createdAt)} {e.author?.name ? `door ${e.author.name}` : ""}
          </p>
          <p className="whitespace-pre-line">{e.body}</p>
        </li>
      ))}
    </ol>
  );
}
