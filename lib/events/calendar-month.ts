// The month the staff event calendar shows, read from ?maand=YYYY-MM (this month when absent or
// malformed), with its first and last day and its neighbours for the "vorige / volgende" links.
import { MONTHS } from "@/lib/be/time";

export type CalendarMonth = {
  /** YYYY-MM */
  month: string;
  /** First and last day, YYYY-MM-DD. */
  from: string;
  to: string;
  previous: string;
  next: string;
  /** "mei 2027" */
  label: string;
};

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const two = (n: number) => String(n).padStart(2, "0");

function key(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month - 1, 1));
  return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}`;
}

/** `today` is a Brussels date key (YYYY-MM-DD); years outside 2000–2199 fall back to it too. */
export function calendarMonth(raw: string | undefined, today: string): CalendarMonth {
  const match = raw ? MONTH.exec(raw) : null;
  const valid = match && Number(match[1]) >= 2000 && Number(match[1]) <= 2199;
  const year = valid ? Number(match[1]) : Number(today.slice(0, 4));
  const month = valid ? Number(match[2]) : Number(today.slice(5, 7));
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return {
    month: key(year, month),
    from: `${key(year, month)}-01`,
    to: `${key(year, month)}-${two(lastDay)}`,
    previous: key(year, month - 1),
    next: key(year, month + 1),
    label: `${MONTHS[month - 1]} ${year}`,
  };
}
