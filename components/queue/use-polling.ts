"use client";
// Re-reads a small JSON route every few seconds: the call screen and the ticket page update live
// without reloading. Keeps the last good value when a request fails (the TV must not go blank).
import { useEffect, useState } from "react";

export function usePolling<T>(url: string, initial: T, intervalMs = 3000): T {
  const [value, setValue] = useState(initial);
  useEffect(() => {
    let stopped = false;
    const tick = async () => {
      try {
        const response = await fetch(url, { cache: "no-store" });
        if (response.ok && !stopped) setValue((await response.json()) as T);
      } catch {
        // Network hiccup: try again on the next tick.
      }
    };
    const timer = setInterval(tick, intervalMs);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [url, intervalMs]);
  return value;
}
