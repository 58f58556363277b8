// What the slot picker shows, from the free slots and the query string: the first free moments,
// one week of days (with how many moments each has left), and the chosen day's times. Pure, so
// the choice of day and week is unit-tested; the pages only render it.
import { isCalendarDate } from "@/lib/be/calendar-date";
import { addBrusselsDays } from "@/lib/be/time";
import type { Slot } from "./slots";
import { weekDays, weekStart } from "./week";

export type PickerQuery = { dag?: string; week?: string; tijd?: string };

export type SlotPicker = {
  /** The earliest free moments over all days, for who just wants the first one. */
  first: Slot[];
  /** Monday to Sunday of the week on show, each with its free moments. */
  week: { dateKey: string; free: number }[];
  previousWeek: string | null;
  nextWeek: string | null;
  /** The day whose times are listed (a day of the week on show), or null in a week without any. */
  day: string | null;
  times: Slot[];
  /** The moment chosen to confirm, when it is (still) free. */
  chosen: Slot | null;
  /** A day or moment was asked for that has nothing (left): say so instead of failing quietly. */
  unavailable: "day" | "moment" | null;
};

const FIRST_COUNT = 4;

export function slotPicker(slots: readonly Slot[], query: PickerQuery): SlotPicker {
  const perDay = new Map<string, Slot[]>();
  for (const s of slots) {
    const list = perDay.get(s.dateKey);
    if (list) list.push(s);
    else perDay.set(s.dateKey, [s]);
  }
  const freeDays = [...perDay.keys()];
  const asked = query.dag && isCalendarDate(query.dag) ? query.dag : undefined;
  const askedWeek = query.week && isCalendarDate(query.week) ? weekStart(query.week) : undefined;

  if (freeDays.length === 0)
    return {
      first: [],
      week: [],
      previousWeek: null,
      nextWeek: null,
      day: null,
      times: [],
      chosen: null,
      unavailable: null,
    };

  // The day on show: the one asked for when it has moments, else the first free day of the week
  // asked for (or of the asked day's week), else the first free day at all.
  const monday = weekStart(asked && perDay.has(asked) ? asked : (asked ?? askedWeek ?? freeDays[0]));
  const days = weekDays(monday);
  const day = asked && perDay.has(asked) ? asked : (days.find((d) => perDay.has(d)) ?? null);

  const chosen = query.tijd ? (slots.find((s) => s.startsAt.toISOString() === query.tijd) ?? null) : null;
  const firstWeek = weekStart(freeDays[0]);
  const lastWeek = weekStart(freeDays.at(-1)!);
  return {
    first: slots.slice(0, FIRST_COUNT),
    week: days.map((dateKey) => ({ dateKey, free: perDay.get(dateKey)?.length ?? 0 })),
    previousWeek: monday > firstWeek ? addBrusselsDays(monday, -7) : null,
    nextWeek: monday < lastWeek ? addBrusselsDays(monday, 7) : null,
    day,
    times: day ? (perDay.get(day) ?? []) : [],
    chosen,
    unavailable: query.tijd && !chosen ? "moment" : asked && !perDay.has(asked) ? "day" : null,
  };
}
