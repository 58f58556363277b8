"use client";
// The waiting room's place in line. The server renders it; with JavaScript it asks the small JSON
// route again after half the time still to wait (2-15 s, rules.ts nextPollMs) (cacheable per second, no state in any process) and reloads the page
// once the parent is admitted, so the "Nu inschrijven" button appears. Without JavaScript the
// "Vernieuw" link does the same.
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { nextPollMs } from "@/lib/activities/rules";

type Status = { state: string; position?: number; total?: number; secondsToAdmission?: number };

export function WaitingRoomPoller({ openingId, initial }: { openingId: string; initial: Status }) {
  const router = useRouter();
  const [status, setStatus] = useState(initial);
  useEffect(() => {
    if (status.state === "admitted") return;
    const timer = setTimeout(() => {
      fetch(`/api/activiteiten/wachtzaal/${openingId}`, { cache: "no-store" })
        .then((r) => (r.ok ? (r.json() as Promise<Status>) : null))
        .then((next) => {
          if (!next) return;
          setStatus(next);
          if (next.state === "admitted") router.refresh();
        })
        .catch(() => {});
    }, nextPollMs(status.secondsToAdmission));
    return () => clearTimeout(timer);
  }, [openingId, status, router]);
  if (status.state !== "waiting") return null;
  return (
    <p aria-live="polite" className="text-lg">
      Je bent nummer <strong>{status.position}</strong> van {status.total}.{" "}
      {status.secondsToAdmission !== undefined && status.secondsToAdmission > 0
        ? `Je bent aan de beurt over ongeveer ${status.secondsToAdmission} seconden.`
        : "Je bent zo aan de beurt."}
    </p>
  );
}
