// A performance's sale as it is now, for /tickets/<slug> (a cached page): phase of the sale window,
// seats left and what is left per tariff. Public: the same the page shows to anyone.
import { connection } from "next/server";
import { getPerformance } from "@/lib/tickets/queries";
import type { SaleState } from "@/lib/tickets/sale-state";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  await connection();
  const now = new Date();
  const performance = await getPerformance((await params).slug, now);
  if (!performance) return Response.json({ error: "Deze voorstelling bestaat niet." }, { status: 404 });
  const sale: SaleState = {
    cancelled: performance.cancelledAt !== null,
    phase: now < performance.salesStartAt ? "before" : performance.onSale ? "open" : "after",
    salesStartAt: performance.salesStartAt.toISOString(),
    poolId: performance.poolId,
    seatsLeft: performance.seatsLeft,
    types: performance.ticketTypes.map((t) => ({
      id: t.id,
      label: t.label,
      description: t.description,
      priceCents: t.priceCents,
      left: t.left,
    })),
  };
  return Response.json(sale, { headers: { "Cache-Control": "no-store" } });
}
