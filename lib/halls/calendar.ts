// The availability grid of a hall for a week or a month: per day, the day parts (or hours) with
// free / taken / closed / past. Pure: the caller passes the active bookings it read.
import { addBrusselsDays, brusselsInstant, brusselsParts, formatMinutes } from "@/lib/be/time";

export type CellState = "free" | "taken" | "closed" | "past";
export type Cell = { key: string; label: string; startMinutes: number; endMinutes: number; state: CellState };
export type CalendarDay = { date: string; cells: Cell[] };

// A range with a closureId is a closure's blocking row: shown as "Gesloten", not as a booking.
type Range = { startsAt: Date; endsAt: Date; closureId?: string | null };
type Window = { startMinutes: number; endMinutes: number; label: string; key: string };

/** Monday of the week that holds `dateKey`. */
export function mondayOf(dateKey: string): string {
  const weekday = brusselsParts(brusselsInstant(dateKey, 12 * 60)).weekday;
  return addBrusselsDays(dateKey, 1 - weekday);
}

export function hourWindows(opensAt: number, closesAt: number): Window[] {
  const out: Window[] = [];
  for (let m = opensAt; m + 60 <= closesAt; m += 60)
    out.push({
      key: formatMinutes(m),
      label: `${formatMinutes(m)}–${formatMinutes(m + 60)}`,
      startMinutes: m,
      endMinutes: m + 60,
    });
  return out;
}

export function calendarDays(
  firstDate: string,
  days: number,
  windows: Window[],
  bookings: Range[],
  now: Date,
): CalendarDay[] {
  return Array.from({ length: days }, (_, i) => {
    const date = addBrusselsDays(firstDate, i);
    return {
      date,
      cells: windows.map((w) => {
        const start = brusselsInstant(date, w.startMinutes);
        const end = brusselsInstant(date, w.endMinutes);
        const here = bookings.filter((b) => b.startsAt < end && b.endsAt > start);
        const state: CellState = here.some((b) => !b.closureId)
          ? "taken"
          : here.length
            ? "closed"
            : start <= now
              ? "past"
              : "free";
        return { key: w.key, label: w.label, startMinutes: w.startMinutes, endMinutes: w.endMinutes, state };
      }),
    };
  });
}
