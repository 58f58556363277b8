/**
 * Europe/Brussels calendar and clock helpers. Every function works from the
 * UTC instant plus the Brussels tz rules, so the server's own TZ never leaks in.
 *
 * "minutes" is always wall-clock time (hours * 60 + minutes) as printed on a
 * Brussels clock, not elapsed time since midnight: on 25/10/2026 both 02:30
 * occurrences report 150. Use minutesInBrusselsDay for the real day length.
 */
import { tzOffset } from "@date-fns/tz";

export const BRUSSELS = "Europe/Brussels";

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

export type BrusselsParts = {
  year: number;
  month: number;
  day: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  minutes: number;
  dateKey: string;
};

function assertValidDate(instant: Date): void {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new RangeError("Expected a valid Date instant.");
  }
}

function offsetAt(epochMs: number): number {
  return tzOffset(BRUSSELS, new Date(epochMs));
}

function parseDateKey(dateKey: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dateKey);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const probe = new Date(Date.UTC(year, month - 1, day));
    // Date.UTC silently rolls 2026-02-30 into March; reject instead of guessing.
    if (probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day) {
      return { year, month, day };
    }
  }
  throw new RangeError(`Invalid date key "${dateKey}", expected an existing YYYY-MM-DD date.`);
}

function toDateKey(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

export function brusselsParts(instant: Date): BrusselsParts {
  assertValidDate(instant);
  // Shift by the Brussels offset and read the UTC fields: those are the local fields.
  const local = new Date(instant.getTime() + offsetAt(instant.getTime()) * MINUTE_MS);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    weekday: local.getUTCDay() === 0 ? 7 : local.getUTCDay(),
    minutes: local.getUTCHours() * 60 + local.getUTCMinutes(),
    dateKey: toDateKey(local.getTime()),
  };
}

/**
 * UTC instant of a Brussels wall-clock time. `minutes` may be 0..1440, where
 * 1440 means midnight at the end of the day.
 *
 * - DST gap (e.g. 02:30 on 29/03/2026 does not exist): returns the first valid
 *   instant after the gap, i.e. 03:00 CEST. All times in the gap collapse onto it.
 * - Ambiguous hour (02:30 on 25/10/2026 happens twice): returns the first
 *   occurrence (still CEST, UTC+2).
 *
 * Resolved here rather than via `new TZDate(...)`, whose choice in these two
 * cases depends on the host's time zone.
 */
export function brusselsInstant(dateKey: string, minutes: number): Date {
  const { year, month, day } = parseDateKey(dateKey);
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > 1440) {
    throw new RangeError(`minutes must be an integer 0..1440, got ${minutes}`);
  }
  const wall = Date.UTC(year, month - 1, day) + minutes * MINUTE_MS;
  // Offsets a day either side bracket any transition that could affect this wall time.
  const before = offsetAt(wall - DAY_MS);
  const after = offsetAt(wall + DAY_MS);
  const matches = [...new Set([before, after])]
    .map((offset) => wall - offset * MINUTE_MS)
    .filter((candidate) => offsetAt(candidate) * MINUTE_MS === wall - candidate)
    .sort((a, b) => a - b);
  if (matches.length > 0) return new Date(matches[0]);

  // Gap: the transition lies between the two candidates; find its first minute.
  let lo = Math.floor((wall - after * MINUTE_MS) / MINUTE_MS);
  let hi = Math.ceil((wall - before * MINUTE_MS) / MINUTE_MS);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetAt(mid * MINUTE_MS) === after) hi = mid;
    else lo = mid;
  }
  return new Date(hi * MINUTE_MS);
}

export function startOfBrusselsDay(instant: Date): Date {
  return brusselsInstant(brusselsParts(instant).dateKey, 0);
}

/** Calendar-day arithmetic on date keys; DST never shifts the result. */
export function addBrusselsDays(dateKey: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`n must be an integer, got ${n}`);
  const { year, month, day } = parseDateKey(dateKey);
  return toDateKey(Date.UTC(year, month - 1, day + n));
}

/** Real length of the local day: 1380 on spring-forward, 1500 on fall-back days. */
export function minutesInBrusselsDay(dateKey: string): number {
  const start = brusselsInstant(dateKey, 0);
  const end = brusselsInstant(addBrusselsDays(dateKey, 1), 0);
  return (end.getTime() - start.getTime()) / MINUTE_MS;
}
