// Groups free slots by day for the day links and turns one day's slots into radio options.
import { formatTime } from "@/lib/be/time";
import type { Slot } from "@/lib/appointments/slots";
import type { TimeOption } from "./time-choice";

export function slotDays(slots: readonly Slot[]): { dateKey: string; free: number }[] {
  const days = new Map<string, number>();
  for (const s of slots) days.set(s.dateKey, (days.get(s.dateKey) ?? 0) + 1);
  return [...days].map(([dateKey, free]) => ({ dateKey, free }));
}

export function timeOptions(slots: readonly Slot[], dateKey: string, group: boolean): TimeOption[] {
  return slots
    .filter((s) => s.dateKey === dateKey)
    .map((s) => {
      const left = s.desks.reduce((sum, c) => sum + c.left, 0);
      return {
        value: s.startsAt.toISOString(),
        label: formatTime(s.startsAt),
        note: group ? `${left} ${left === 1 ? "plaats" : "plaatsen"} vrij` : undefined,
      };
    });
}
