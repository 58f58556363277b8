"use client";
// The waiting room's place in line, and once it is the parent's turn the button that sends the
// basket. The server renders it; with JavaScript it asks the small JSON route again after half the
// time still to wait (2-15 s, rules.ts nextPollMs; cacheable per second, no state in any process)
// and shows the button itself when the parent is admitted, without rendering the page again (a
// thousand parents come in within a minute). Without JavaScript the "Vernieuw" link does the same.
import { useEffect, useState } from "react";
import { buttonClass } from "@/components/ui/button-class";
import { turnInWords, nextPollMs } from "@/lib/activities/rules";
import { SendBasket } from "./basket-forms";

type Status = { state: string; position?: number; total?: number; secondsToAdmission?: number };

export function WaitingRoomPlace({
  openingId,
  initial,
  early,
}: {
  openingId: string;
  initial: Status;
  /** Joined before the opening, which has not come yet: the order among early arrivals is drawn. */
  early: boolean;
}) {
  const [status, setStatus] = useState(initial);
  useEffect(() => {
    if (status.state !== "waiting") return;
    const timer = setTimeout(() => {
      fetch(`/api/activiteiten/wachtzaal/${openingId}`, { cache: "no-store" })
        .then((r) => (r.ok ? (r.json() as Promise<Status>) : null))
        .then((next) => next && setStatus(next))
        .catch(() => {});
    }, nextPollMs(status.secondsToAdmission));
    return () => clearTimeout(timer);
  }, [openingId, status]);
  if (status.state === "admitted")
    return (
      <>
        <p className="mb-4 text-lg">Je bent aan de beurt. Verstuur je mandje: alles in één keer.</p>
        <SendBasket openingId={openingId} />
      </>
    );
  return (
    <>
      <p aria-live="polite" className="mb-2 text-lg">
        Je bent nummer <strong>{status.position}</strong> van {status.total}
        {early ? " (de volgorde onder de vroege bezoekers wordt geloot)" : ""}.{" "}
        {turnInWords(status.secondsToAdmission)}
      </p>
      <p className="mb-4">Laat deze pagina open.</p>
      <a className={buttonClass("secondary")} href={`/mijn/activiteiten/wachtzaal/${openingId}`}>
        Vernieuw
      </a>
    </>
  );
}
