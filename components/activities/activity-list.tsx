// The catalogue: each activity with its opening moment and sessions (places left per session).
import Link from "next/link";
import { formatDateTime } from "@/lib/be/time";
import { KIND_LABELS } from "@/lib/activities/labels";
import type { CatalogueActivity } from "@/lib/activities/queries/catalogue";
import { SessionFacts } from "./session-facts";

export function ActivityList({ activities }: { activities: CatalogueActivity[] }) {
  if (activities.length === 0)
    return <p>Geen activiteiten voor deze keuze. Probeer een andere leeftijd of periode.</p>;
  return (
    <ul className="grid gap-6 lg:grid-cols-2">
      {activities.map((a) => (
        <li key={a.id} className="rounded-lg border border-slate-300 bg-white p-5 shadow-sm">
          <p className="text-sm text-slate-700">
            {KIND_LABELS[a.kind]} · {a.village}
          </p>
          <h2 className="mb-2 text-xl font-semibold">
            <Link href={`/activiteiten/${a.slug}`}>{a.title}</Link>
          </h2>
          <p className="mb-3">{a.summary}</p>
          <p className="mb-3 text-sm">Inschrijven vanaf {formatDateTime(a.opening.opensAt)}</p>
          <ul className="space-y-3 border-t border-slate-200 pt-3">
            {a.sessions.map((s) => (
              <li key={s.id}>
                <SessionFacts session={s} />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
