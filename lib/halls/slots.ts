// Turning what a customer picks (a date plus day parts, or a date plus whole hours) into the
// instants a booking occupies, in Europe/Brussels whatever the server's time zone. Pure.
import { brusselsInstant, formatMinutes } from "@/lib/be/time";
import { hallMessages } from "./messages";

export type DayPart = { code: string; label: string; startMinutes: number; endMinutes: number };

export type Slot = { startsAt: Date; endsAt: Date; units: number; label: string };

export type SlotResult = { ok: true; slot: Slot } | { ok: false; field: string; message: string };

/** Day parts picked on one date must follow each other without a gap; they become one booking. */
export function dayPartSlot(date: string, picked: string[], parts: readonly DayPart[]): SlotResult {
  const ordered = [...parts].sort((a, b) => a.startMinutes - b.startMinutes);
  const chosen = ordered.filter((p) => picked.includes(p.code));
  if (chosen.length === 0 || chosen.length !== new Set(picked).size)
    return { ok: false, field: "dayParts", message: hallMessages.chooseDayPart };
  for (let i = 1; i < chosen.length; i++) {
    if (chosen[i].startMinutes !== chosen[i - 1].endMinutes)
      return {
        ok: false,
        field: "dayParts",
        message: hallMessages.dayPartsApart,
      };
  }
  const first = chosen[0];
  const last = chosen[chosen.length - 1];
  return {
    ok: true,
    slot: {
      startsAt: brusselsInstant(date, first.startMinutes),
      endsAt: brusselsInstant(date, last.endMinutes),
      units: chosen.length,
      label: `${chosen.map((p) => p.label).join(" + ")} (${formatMinutes(first.startMinutes)}–${formatMinutes(last.endMinutes)})`,
    },
  };
}

/** Whole hours inside the hall's opening window. Units are wall-clock hours, so a DST night never changes the price. */
export function hourlySlot(
  date: string,
  fromMinutes: number,
  untilMinutes: number,
  window: { opensAtMinutes: number; closesAtMinutes: number },
): SlotResult {
  if (fromMinutes % 60 !== 0 || untilMinutes % 60 !== 0)
    return { ok: false, field: "from", message: hallMessages.wholeHours };
  if (untilMinutes <= fromMinutes) return { ok: false, field: "until", message: hallMessages.endBeforeStart };
  if (fromMinutes < window.opensAtMinutes || untilMinutes > window.closesAtMinutes)
    return {
      ok: false,
      field: fromMinutes < window.opensAtMinutes ? "from" : "until",
      message: hallMessages.outsideOpeningHours(window.opensAtMinutes, window.closesAtMinutes),
    };
  return {
    ok: true,
    slot: {
      startsAt: brusselsInstant(date, fromMinutes),
      endsAt: brusselsInstant(date, untilMinutes),
      units: (untilMinutes - fromMinutes) / 60,
      label: `${formatMinutes(fromMinutes)}–${formatMinutes(untilMinutes)}`,
    },
  };
}

/** "HH:mm" to wall-clock minutes, or null. */
export function parseClock(value: string): number | null {
  const match = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(value);
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes <= 1440 ? minutes : null;
}
