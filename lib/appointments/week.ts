// The staff week calendar's days: Monday to Sunday around a date key, as calendar days in
// Europe/Brussels (a DST week still has seven days), and grouping a week's items per day.
import { addBrusselsDays, brusselsInstant, brusselsParts } from "@/lib/be/time";

/** The Monday of the week that holds `dateKey`. */
export function weekStart(dateKey: string): string {
  const { weekday } = brusselsParts(brusselsInstant(dateKey, 720));
  return addBrusselsDays(dateKey, 1 - weekday);
}

export function weekDays(monday: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addBrusselsDays(monday, i));
}

/** Items grouped by the Brussels day they start on; days without items get an empty list. */
export function byDay<T extends { startsAt: Date }>(items: readonly T[], days: readonly string[]) {
  const groups = new Map<string, T[]>(days.map((d) => [d, []]));
  for (const item of items) groups.get(brusselsParts(item.startsAt).dateKey)?.push(item);
  return groups;
}
