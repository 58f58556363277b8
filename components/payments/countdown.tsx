"use client";
// Time left on a reservation, updated every second, announced to screen readers only once a
// minute so they are not flooded.
import { useEffect, useState } from "react";

function parts(ms: number) {
  const total = Math.max(0, Math.floor(ms / 1000));
  return { minutes: Math.floor(total / 60), seconds: total % 60 };
}

export function Countdown({ until }: { until: string }) {
  const end = new Date(until).getTime();
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    // Server render shows the end time; the live clock starts once the page runs in a browser.
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, 1000);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, []);
  if (now === null)
    return (
      <span>
        tot{" "}
        {new Date(until).toLocaleTimeString("nl-BE", {
          hour: "2-digit",
          minute: "2-digit",
          timeZone: "Europe/Brussels",
        })}
      </span>
    );
  const { minutes, seconds } = parts(end - now);
  if (end <= now) return <span role="alert">Je reservatie is verlopen.</span>;
  return (
    <>
      <span aria-hidden="true" className="font-mono text-xl font-bold">
        {minutes}:{String(seconds).padStart(2, "0")}
      </span>
      <span className="sr-only" aria-live="polite">
        {seconds === 0 || minutes === 0
          ? `Nog ${minutes} minuten en ${seconds} seconden`
          : `Nog ongeveer ${minutes + 1} minuten`}
      </span>
    </>
  );
}
