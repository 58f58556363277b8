// "Nu open tot 19:00": whether a site is open at an instant and when that changes, from its weekly
// windows and closures (exceptional ones and the holidays the town halls close on, both from
// lib/sites/queries). Pure: all wall-clock reasoning is in Europe/Brussels via lib/be/time.
import { addBrusselsDays, brusselsParts } from "@/lib/be/time";

export type OpeningWindow = {
  weekday: number;
  opensAt: number;
  closesAt: number;
  label?: string | null;
  byAppointmentOnly?: boolean;
};
export type Closure = { startsOn: string; endsOn: string; reason: string };

export type OpeningStatus =
  | { open: true; until: number; byAppointmentOnly: boolean }
  | { open: false; closedToday: Closure | null; next: { dateKey: string; opensAt: number } | null };

/** ISO weekday (1 = Monday) of a calendar date; the date has no time zone, so UTC is exact. */
function isoWeekdayOf(dateKey: string): number {
  const day = new Date(`${dateKey}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

function closureOn(dateKey: string, closures: readonly Closure[]): Closure | null {
  return closures.find((c) => c.startsOn <= dateKey && dateKey <= c.endsOn) ?? null;
}

export function windowsOn(dateKey: string, windows: readonly OpeningWindow[], closures: readonly Closure[]) {
  if (closureOn(dateKey, closures)) return [];
  const weekday = isoWeekdayOf(dateKey);
  return windows.filter((w) => w.weekday === weekday).sort((a, b) => a.opensAt - b.opensAt);
}

/** Looks at most two weeks ahead for the next opening. */
export function openingStatus(
  now: Date,
  windows: readonly OpeningWindow[],
  closures: readonly Closure[],
): OpeningStatus {
  const { dateKey, minutes } = brusselsParts(now);
  const today = windowsOn(dateKey, windows, closures);
  const current = today.find((w) => w.opensAt <= minutes && minutes < w.closesAt);
  if (current) {
    // Back-to-back windows (e.g. 08:30-12:00 and 12:00-16:00) read as one opening.
    let until = current.closesAt;
    for (const w of today) if (w.opensAt === until) until = w.closesAt;
    return { open: true, until, byAppointmentOnly: Boolean(current.byAppointmentOnly) };
  }
  const laterToday = today.find((w) => w.opensAt > minutes);
  if (laterToday) return { open: false, closedToday: null, next: { dateKey, opensAt: laterToday.opensAt } };
  for (let i = 1; i <= 14; i++) {
    const day = addBrusselsDays(dateKey, i);
    const first = windowsOn(day, windows, closures)[0];
    if (first)
      return {
        open: false,
        closedToday: closureOn(dateKey, closures),
        next: { dateKey: day, opensAt: first.opensAt },
      };
  }
  return { open: false, closedToday: closureOn(dateKey, closures), next: null };
}
