/**
 * Public time API: Brussels calendar helpers plus nl-BE display formatting.
 * Formatting always happens in Europe/Brussels, whatever the host TZ is.
 */
import { tz } from "@date-fns/tz";
import { format } from "date-fns";
import { nlBE } from "date-fns/locale/nl-BE";
import { BRUSSELS } from "./brussels-clock";

export * from "./brussels-clock";

function assertValidDate(instant: Date): void {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new RangeError("Expected a valid Date instant.");
  }
}

function formatInBrussels(instant: Date, pattern: string): string {
  assertValidDate(instant);
  return format(instant, pattern, { in: tz(BRUSSELS), locale: nlBE });
}

/** `25/11/2026` */
export function formatDate(instant: Date): string {
  return formatInBrussels(instant, "dd/MM/yyyy");
}

/** `14:05` (24-hour clock) */
export function formatTime(instant: Date): string {
  return formatInBrussels(instant, "HH:mm");
}

/** `25/11/2026 14:05` */
export function formatDateTime(instant: Date): string {
  return formatInBrussels(instant, "dd/MM/yyyy HH:mm");
}

/** `woensdag 25 november 2026` */
export function formatLongDate(instant: Date): string {
  return formatInBrussels(instant, "EEEE d MMMM yyyy");
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
