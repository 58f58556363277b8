// The history of a case: what happened when, by whom (staff see who; the applicant sees what).
import { formatDateTime } from "@/lib/be/time";
import { EVENT_LABELS } from "@/lib/cases/labels";
import type { CaseEventKind } from "@/generated/prisma/enums";

type Event = {
  id: string;
  kind: CaseEventKind;
  at: Date;
  text: string | null;
  toStatus: string | null;
  actor?: { name: string | null } | null;
};

export function CaseHistory({
  events,
  statusLabel,
  showActor,
}: {
  events: Event[];
  statusLabel: (code: string) => string;
  showActor?: boolean;
}) {
  return (
    <ol className="space-y-3">
      {events.map((e) => (
        <li key={e.id} className="border-l-4 border-slate-300 pl-3">
          <p className="text-sm text-slate-700">
            {formatDateTime(e.at)}
            {showActor && e.actor?.name && ` · ${e.actor.name}`}
          </p>
          <p className="font-semibold">
            {e.kind === "STATUS" && e.toStatus ? `Status: ${statusLabel(e.toStatus)}` : EVENT_LABELS[e.kind]}
          </p>
          {e.text && e.kind !== "ASSIGNED" && <p className="whitespace-pre-line break-words">{e.text}</p>}
        </li>
      ))}
    </ol>
  );
}
