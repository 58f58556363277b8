// What the browser needs to show a performance's sale as it is now (components/tickets/live-sale.tsx),
// as /api/tickets/verkoop/<slug> answers it: the page around it is one cached document.
export type SalePhase = "before" | "open" | "after";

export type SaleState = {
  cancelled: boolean;
  phase: SalePhase;
  salesStartAt: string;
  poolId: string;
  seatsLeft: number;
  types: { id: string; label: string; description: string | null; priceCents: number; left: number }[];
};
