// One session's facts as the catalogue and the activity page show them.
import { Suspense } from "react";
import { formatDateKey } from "@/lib/be/calendar-date";
import { schoolYearLabel } from "@/lib/activities/labels";
import type { CatalogueSession } from "@/lib/activities/queries/catalogue";
import { PlacesLeft } from "./places-left";
import { dateKeyOf as key } from "@/lib/be/date-key";

export function limitsText(s: CatalogueSession): string {
  if (s.minSchoolYear !== null || s.maxSchoolYear !== null)
    return `${schoolYearLabel(s.minSchoolYear)} tot ${schoolYearLabel(s.maxSchoolYear)}`;
  if (s.minAge !== null && s.maxAge !== null) return `${s.minAge} tot ${s.maxAge} jaar`;
  if (s.minAge !== null) return `vanaf ${s.minAge} jaar`;
  if (s.maxAge !== null) return `tot ${s.maxAge} jaar`;
  return "alle leeftijden";
}

export function SessionFacts({ session: s }: { session: CatalogueSession }) {
  const from = formatDateKey(key(s.startDate));
  const to = formatDateKey(key(s.endDate));
  return (
    <>
      <p className="font-semibold">
        {s.label}: {from === to ? from : `${from} tot ${to}`} ({s.days} {s.days === 1 ? "dag" : "dagen"})
      </p>
      <p>
        {s.place} · {limitsText(s)}
      </p>
      <p>
        <Suspense fallback={<span>Plaatsen worden opgehaald…</span>}>
          <PlacesLeft poolId={s.poolId} capacity={s.capacity} />
        </Suspense>
      </p>
    </>
  );
}
