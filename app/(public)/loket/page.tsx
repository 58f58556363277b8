import type { Metadata } from "next";
import { CatalogueList } from "@/components/eloket/catalogue-list";
import { CatalogueSearchWhenUsed } from "@/components/eloket/catalogue-search-when-used";
import { PageHeader } from "@/components/ui/page-header";
import { listProducts } from "@/lib/eloket/queries/catalogue";
import { matchesSearch } from "@/lib/eloket/search";

// The search is in the address: rendered per request (a blocking route); the product list itself
// comes from the cached catalogue.
export const instant = false;

export const metadata: Metadata = { title: "Wat wil je aanvragen?" };

// The search is in the address (GET), so it works without JavaScript and can be bookmarked.
export default async function CataloguePage({ searchParams }: { searchParams: Promise<{ zoek?: string }> }) {
  const { zoek } = await searchParams;
  const query = typeof zoek === "string" ? zoek.slice(0, 100) : "";
  const products = (await listProducts()).filter((p) => matchesSearch(p, query));
  return (
    <>
      <PageHeader
        title="Wat wil je aanvragen?"
        intro="Attesten, vergunningen, premies en klachten: vraag ze online aan, wanneer het jou past. Je volgt je aanvraag in Mijn Wingene."
      />
      <div className="mb-6 max-w-xl">
        <CatalogueSearchWhenUsed query={query} />
      </div>
      <CatalogueList products={products} />
    </>
  );
}
