// Free appointment slots, computed in Europe/Brussels from the site's opening hours and closures
// (lib/sites/opening-status), each desk's staff availability, desk blocks and what is already
// booked. Pure: the database only supplies the inputs, so every rule is unit-tested here.
// Every slot edge is computed from its wall-clock time with brusselsInstant, never by adding
// minutes to midnight, so slots keep their printed times on both DST days.
import { addBrusselsDays, brusselsInstant, brusselsParts } from "@/lib/be/time";
import { type Closure, type OpeningWindow, windowsOn } from "@/lib/sites/opening-status";

export type SlotService = {
  id: string;
  durationMinutes: number;
  bufferMinutes: number;
  leadTimeMinutes: number;
  sameDayAllowed: boolean;
  horizonDays: number;
  capacityPerSlot: number;
};

export type AvailabilityWindow = { weekday: number; startsAt: number; endsAt: number };

export type SlotDesk = {
  id: string;
  /** Weekly staff availability; empty means "whenever the site is open". */
  availability: readonly AvailabilityWindow[];
};

export type Busy = {
  deskId: string;
  startsAt: Date;
  /** End of the busy time: an appointment's blockedUntil, a block's end. */
  until: Date;
  /** Set for appointments: bookings with the same key share one group session. */
  slotKey?: string;
};

export type Slot = {
  dateKey: string;
  /** Wall-clock minutes in Brussels. */
  minutes: number;
  startsAt: Date;
  endsAt: Date;
  blockedUntil: Date;
  /** Desks that can still take this slot, with the places each has left. */
  desks: { deskId: string; left: number }[];
};

export type SlotInput = {
  service: SlotService;
  siteWindows: readonly OpeningWindow[];
  closures: readonly Closure[];
  desks: readonly SlotDesk[];
  busy: readonly Busy[];
  now: Date;
  /** First and last day to look at (defaults: today .. today + horizon). */
  from?: string;
  to?: string;
};

/** The key that makes the bookings of one group session share their time on a desk. */
export function groupSlotKey(serviceId: string, deskId: string, startsAt: Date): string {
  return `${serviceId}|${deskId}|${startsAt.toISOString()}`;
}

function isoWeekday(dateKey: string): number {
  const day = new Date(`${dateKey}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Intervals (wall-clock minutes) where the site is open and the desk is staffed. */
function deskWindowsOn(
  dateKey: string,
  siteWindows: readonly OpeningWindow[],
  closures: readonly Closure[],
  availability: readonly AvailabilityWindow[],
): { from: number; to: number }[] {
  const open = windowsOn(dateKey, siteWindows, closures).map((w) => ({ from: w.opensAt, to: w.closesAt }));
  if (availability.length === 0) return mergeAdjacent(open);
  const weekday = isoWeekday(dateKey);
  const staffed = availability.filter((a) => a.weekday === weekday);
  const result: { from: number; to: number }[] = [];
  for (const o of open)
    for (const s of staffed) {
      const from = Math.max(o.from, s.startsAt);
      const to = Math.min(o.to, s.endsAt);
      if (from < to) result.push({ from, to });
    }
  return mergeAdjacent(result.sort((a, b) => a.from - b.from));
}

// 13:30-16:00 and 16:00-19:00 (the Tuesday evening) are one stretch: a slot may span the seam.
function mergeAdjacent(intervals: { from: number; to: number }[]) {
  const merged: { from: number; to: number }[] = [];
  for (const i of intervals) {
    const last = merged.at(-1);
    if (last && i.from <= last.to) last.to = Math.max(last.to, i.to);
    else merged.push({ ...i });
  }
  return merged;
}

const overlaps = (aStart: Date, aEnd: Date, bStart: Date, bEnd: Date) => aStart < bEnd && bStart < aEnd;

/** Places left on one desk for a candidate slot: 0 when anything else overlaps it. */
function placesLeft(
  service: SlotService,
  deskId: string,
  startsAt: Date,
  blockedUntil: Date,
  busy: readonly Busy[],
): number {
  const key = service.capacityPerSlot > 1 ? groupSlotKey(service.id, deskId, startsAt) : null;
  let sameSession = 0;
  for (const b of busy) {
    if (b.deskId !== deskId || !overlaps(startsAt, blockedUntil, b.startsAt, b.until)) continue;
    if (key && b.slotKey === key) sameSession++;
    else return 0;
  }
  return Math.max(0, service.capacityPerSlot - sameSession);
}

export function generateSlots(input: SlotInput): Slot[] {
  const { service, now } = input;
  const today = brusselsParts(now).dateKey;
  const from = input.from ?? today;
  const to = input.to ?? addBrusselsDays(today, service.horizonDays);
  const earliest = now.getTime() + service.leadTimeMinutes * 60_000;
  const step = service.durationMinutes + service.bufferMinutes;
  const byTime = new Map<string, Slot>();

  for (let day = from < today ? today : from; day <= to; day = addBrusselsDays(day, 1)) {
    if (day === today && !service.sameDayAllowed) continue;
    for (const desk of input.desks) {
      for (const window of deskWindowsOn(day, input.siteWindows, input.closures, desk.availability)) {
        for (let m = window.from; m + service.durationMinutes <= window.to; m += step) {
          const startsAt = brusselsInstant(day, m);
          if (startsAt.getTime() < earliest) continue;
          const endsAt = brusselsInstant(day, m + service.durationMinutes);
          // A slot touching the skipped or repeated hour of a DST night would not last its duration.
          if (endsAt.getTime() - startsAt.getTime() !== service.durationMinutes * 60_000) continue;
          const blockedUntil = new Date(endsAt.getTime() + service.bufferMinutes * 60_000);
          const left = placesLeft(service, desk.id, startsAt, blockedUntil, input.busy);
          if (left <= 0) continue;
          const id = `${day}|${m}`;
          const slot = byTime.get(id) ?? {
            dateKey: day,
            minutes: m,
            startsAt,
            endsAt,
            blockedUntil,
            desks: [],
          };
          slot.desks.push({ deskId: desk.id, left });
          byTime.set(id, slot);
        }
      }
    }
  }
  return [...byTime.values()].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}
