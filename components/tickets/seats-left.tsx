"use client";
// Seats left are authoritative (what shows free can be reserved), so they are never part of a cached
// page: the browser fetches them when the page is shown (SeasonSeats for /tickets, LiveSale for a
// performance) and this shows them. "…" until they arrive, and without JavaScript.
import { createContext, type ReactNode, useContext, useEffect, useState } from "react";

/** Seats left per capacity pool; null until they are known. */
export const SeatsContext = createContext<Record<string, number> | null>(null);

export function SeatsLeft({ poolId, wording }: { poolId: string; wording: "count" | "phrase" }) {
  const seats = useContext(SeatsContext);
  const left = seats?.[poolId];
  if (left === undefined) return <>…</>;
  if (left <= 0) return <>uitverkocht</>;
  return <>{wording === "count" ? left : `nog ${left} vrij`}</>;
}

/** The seats of every performance on the programme, fetched once per view of /tickets. */
export function SeasonSeats({ children }: { children: ReactNode }) {
  const [seats, setSeats] = useState<Record<string, number> | null>(null);
  useEffect(() => {
    let current = true;
    fetch("/api/tickets/plaatsen", { cache: "no-store" })
      .then((r) => (r.ok ? (r.json() as Promise<Record<string, number>>) : null))
      .then((answer) => current && answer && setSeats(answer))
      .catch(() => {});
    return () => {
      current = false;
    };
  }, []);
  return <SeatsContext value={seats}>{children}</SeatsContext>;
}
