import type { Metadata } from "next";
import { ItemAvailability } from "@/components/lending/item-availability";
import { ItemFacts } from "@/components/lending/item-facts";
import { PageHeader } from "@/components/ui/page-header";
import { atLeastOne } from "@/lib/cache/static-params";
import { notFound } from "@/lib/http/page-interrupts";
import { catalogueItem, lendingCatalogue } from "@/lib/lending/queries/catalogue";

// The item's facts come from the cached catalogue; the stock free per day from the request.
export const instant = false;

export async function generateStaticParams() {
  return atLeastOne(
    (await lendingCatalogue()).items.map((i) => ({ slug: i.slug })),
    { slug: "-" },
  );
}

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ van?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await catalogueItem((await params).slug);
  return { title: found ? `${found.item.name} lenen` : "Materiaal niet gevonden" };
}

export default async function ItemPage({ params, searchParams }: Props) {
  const found = await catalogueItem((await params).slug);
  if (!found) notFound();
  const { item } = found;
  return (
    <>
      <PageHeader
        trail={[{ href: "/uitlenen", label: "Uitleendienst" }]}
        title={item.name}
        intro={item.description}
      />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <ItemFacts item={item} />
        <ItemAvailability item={item} query={searchParams} />
      </div>
    </>
  );
}
