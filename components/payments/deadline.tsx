"use client";
// Time left to pay an order: a live clock below a day (announced to screen readers once a
// minute), the date and the days left past a day. Without JavaScript: the date and hour.
import { useEffect, useState } from "react";
import { formatLongDate, formatTime } from "@/lib/be/time";
import { clockText, daysText, spokenText, timeLeft } from "@/lib/payments/deadline";

export function Deadline({ until }: { until: string }) {
  const end = new Date(until);
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    // The server render shows the deadline itself; the live clock starts in the browser.
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, 1000);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, []);
  const date = `tot ${formatLongDate(end)} om ${formatTime(end)}`;
  if (now === null) return <span>{date}</span>;
  const left = timeLeft(end.getTime() - now);
  if (left.kind === "over") return <span role="alert">De betaaltermijn is verstreken.</span>;
  if (left.kind === "days")
    return (
      <span>
        {date} ({daysText(left.days)})
      </span>
    );
  return (
    <>
      <span aria-hidden="true" className="font-mono text-xl font-bold">
        {clockText(left)}
      </span>
      <span className="sr-only" aria-live="polite">
        {spokenText(left)}
      </span>
    </>
  );
}
