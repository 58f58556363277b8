/**
 * Public time API: Brussels calendar helpers plus nl-BE display formatting.
 * Formatting always happens in Europe/Brussels, whatever the host TZ is.
 */
import { brusselsParts } from "./brussels-clock";

export * from "./brussels-clock";

function assertValidDate(instant: Date): void {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new RangeError("Expected a valid Date instant.");
  }
}

// Formatting reads the Brussels wall clock from brusselsParts and writes nl-BE names itself: a
// TZDate (date-fns/tz) calls `new Date()` in its constructor, which Next refuses while prerendering a
// cached page, and the output must not depend on the host's locale data either.
const WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"];
/** Dutch month names, January first (formatting here and calendars that name a month). */
export const MONTHS = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
];
const two = (n: number) => String(n).padStart(2, "0");

function wallClock(instant: Date) {
  assertValidDate(instant);
  const p = brusselsParts(instant);
  return { ...p, hh: two(Math.floor(p.minutes / 60)), mm: two(p.minutes % 60) };
}

/** `25/11/2026` */
export function formatDate(instant: Date): string {
  const c = wallClock(instant);
  return `${two(c.day)}/${two(c.month)}/${c.year}`;
}

/** `09:30` */
export function formatTime(instant: Date): string {
  const c = wallClock(instant);
  return `${c.hh}:${c.mm}`;
}

/** `25/11/2026 09:30` */
export function formatDateTime(instant: Date): string {
  return `${formatDate(instant)} ${formatTime(instant)}`;
}

/** `woensdag 25 november 2026` */
export function formatLongDate(instant: Date): string {
  const c = wallClock(instant);
  return `${WEEKDAYS[c.weekday - 1]} ${c.day} ${MONTHS[c.month - 1]} ${c.year}`;
}

/** Wall-clock minutes to `HH:mm`; 1440 prints as `24:00` for closing times. */
export function formatMinutes(minutes: number): string {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > 1440) {
    throw new RangeError(`minutes must be an integer 0..1440, got ${minutes}`);
  }
  const hh = String(Math.floor(minutes / 60)).padStart(2, "0");
  const mm = String(minutes % 60).padStart(2, "0");
  return `${hh}:${mm}`;
}
