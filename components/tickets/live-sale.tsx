"use client";
// A performance's sale as it is now: the page around it is one cached document for every visitor, so
// the browser fetches the sale window, seats left and what is left per tariff when the page is shown
// (/api/tickets/verkoop/<slug>), and the buyer's name and address when signed in. The server checks
// everything again when the form is posted.
import { createContext, type ReactNode, Suspense, useContext, useEffect, useState } from "react";
import { useAccountSummary } from "@/components/layout/use-account-summary";
import { formatDateTime } from "@/lib/be/time";
import type { SaleState } from "@/lib/tickets/sale-state";
import { ChooseTickets } from "./choose-tickets";
import { SeatsContext } from "./seats-left";

const SaleContext = createContext<SaleState | null>(null);

export function LiveSale({ slug, children }: { slug: string; children: ReactNode }) {
  const [sale, setSale] = useState<SaleState | null>(null);
  useEffect(() => {
    let current = true;
    fetch(`/api/tickets/verkoop/${encodeURIComponent(slug)}`, { cache: "no-store" })
      .then((r) => (r.ok ? (r.json() as Promise<SaleState>) : null))
      .then((answer) => current && answer && setSale(answer))
      .catch(() => {});
    return () => {
      current = false;
    };
  }, [slug]);
  return (
    <SaleContext value={sale}>
      <SeatsContext value={sale ? { [sale.poolId]: sale.seatsLeft } : null}>{children}</SeatsContext>
    </SaleContext>
  );
}

const loading = <p role="status">De verkoop wordt geladen…</p>;

function SaleNow({ performanceId }: { performanceId: string }) {
  const sale = useContext(SaleContext);
  const account = useAccountSummary();
  if (!sale || !account) return loading;
  if (sale.cancelled)
    return <p role="status">Deze voorstelling is geannuleerd. Wie al een ticket had, wordt terugbetaald.</p>;
  if (sale.phase === "before")
    return <p role="status">De verkoop start op {formatDateTime(new Date(sale.salesStartAt))}.</p>;
  if (sale.phase === "after") return <p role="status">De online verkoop is afgelopen.</p>;
  if (sale.seatsLeft <= 0) return <p role="status">Deze voorstelling is uitverkocht.</p>;
  const buyer = account.signedIn
    ? { name: account.name ?? undefined, email: account.email ?? undefined }
    : {};
  return <ChooseTickets performanceId={performanceId} types={sale.types} buyer={buyer} />;
}

/** The sale card's content: the reservation form while the sale is open, else why not. */
export function TicketSale({ performanceId }: { performanceId: string }) {
  return (
    <Suspense fallback={loading}>
      <SaleNow performanceId={performanceId} />
    </Suspense>
  );
}
