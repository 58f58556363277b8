// How much time an open order has left, in the words that fit it: a live clock for minutes and
// hours, whole days past a day (a hall order has two weeks; "17612:51" says nothing).
const DAY_MS = 86_400_000;

export type TimeLeft =
  | { kind: "over" }
  | { kind: "days"; days: number }
  | { kind: "clock"; hours: number; minutes: number; seconds: number };

export function timeLeft(ms: number): TimeLeft {
  if (ms <= 0) return { kind: "over" };
  if (ms >= DAY_MS) return { kind: "days", days: Math.floor(ms / DAY_MS) };
  const total = Math.floor(ms / 1000);
  return {
    kind: "clock",
    hours: Math.floor(total / 3600),
    minutes: Math.floor((total % 3600) / 60),
    seconds: total % 60,
  };
}

const two = (n: number) => String(n).padStart(2, "0");

/** "9:05" below an hour, "3:09:05" below a day. */
export function clockText({ hours, minutes, seconds }: { hours: number; minutes: number; seconds: number }) {
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${minutes}:${two(seconds)}`;
}

/** What a screen reader hears, at most once a minute: rounded up, in hours past an hour. */
export function spokenText({ hours, minutes, seconds }: { hours: number; minutes: number; seconds: number }) {
  if (hours > 0) return `Nog ${hours} uur en ${minutes} minuten`;
  if (minutes === 0) return `Nog ${seconds} seconden`;
  return `Nog ongeveer ${minutes + (seconds > 0 ? 1 : 0)} minuten`;
}

export function daysText(days: number): string {
  return days === 1 ? "nog 1 dag" : `nog ${days} dagen`;
}
