import type { Metadata } from "next";
import { BasketCard } from "@/components/lending/basket-card";
import { CatalogueList } from "@/components/lending/catalogue-list";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { lendingCatalogue } from "@/lib/lending/queries/catalogue";

export const metadata: Metadata = { title: "Materiaal lenen" };

// The catalogue is cached; the basket depends on who asks, so the page renders per request.
export const instant = false;

type Props = { searchParams: Promise<{ item?: string; van?: string; tot?: string }> };

export default async function LendingPage({ searchParams }: Props) {
  const catalogue = await lendingCatalogue();
  return (
    <>
      <PageHeader
        title="Materiaal lenen"
        intro="Tafels, stoelen, nadarhekken, een podium, feesttenten en meer van de uitleendienst. Je haalt het op en brengt het terug aan het depot van de technische dienst, Industriestraat 2, Wingene."
      />
      <CatalogueList catalogue={catalogue} />
      <div id="lenen" className="mt-10 max-w-3xl">
        <Card title="Lenen">
          <BasketCard catalogue={catalogue} query={searchParams} />
        </Card>
      </div>
    </>
  );
}
