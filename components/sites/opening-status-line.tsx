// "Nu open tot 19:00" / "Gesloten, opent morgen om 08:30" for one site, computed in Europe/Brussels.
import {
  addBrusselsDays,
  brusselsInstant,
  brusselsParts,
  formatLongDate,
  formatMinutes,
} from "@/lib/be/time";
import { type Closure, type OpeningWindow, openingStatus } from "@/lib/sites/opening-status";

function dayWord(dateKey: string, today: string): string {
  if (dateKey === today) return "vandaag";
  if (dateKey === addBrusselsDays(today, 1)) return "morgen";
  return `op ${formatLongDate(brusselsInstant(dateKey, 720))}`;
}

export function OpeningStatusLine({
  now,
  windows,
  closures,
}: {
  now: Date;
  windows: OpeningWindow[];
  closures: Closure[];
}) {
  const status = openingStatus(now, windows, closures);
  const today = brusselsParts(now).dateKey;
  if (status.open) {
    return (
      <p className="flex items-start gap-2 text-lg">
        <span aria-hidden="true" className="mt-2 inline-block h-3 w-3 shrink-0 rounded-full bg-brand-600" />
        <span>
          <strong>Nu open</strong> tot {formatMinutes(status.until)}
          {status.byAppointmentOnly && " (enkel op afspraak)"}
        </span>
      </p>
    );
  }
  return (
    <p className="flex items-start gap-2 text-lg">
      <span aria-hidden="true" className="mt-2 inline-block h-3 w-3 shrink-0 rounded-full bg-slate-500" />
      <span>
        <strong>Nu gesloten</strong>
        {status.closedToday && ` (${status.closedToday.reason})`}
        {status.next &&
          ` – opent ${dayWord(status.next.dateKey, today)} om ${formatMinutes(status.next.opensAt)}`}
      </span>
    </p>
  );
}
