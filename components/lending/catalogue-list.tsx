// The catalogue: per item its picture, stock, deposit, who may borrow it at which price, and what
// goes with it. From the cached catalogue; the stock free per day is on the item's page.
import Link from "next/link";
import { formatEuro } from "@/lib/be/money";
import type { Catalogue } from "@/lib/lending/queries/catalogue";
import { StockFacts } from "./item-facts";
import { ItemPhoto } from "./item-photo";

export function CatalogueList({ catalogue }: { catalogue: Catalogue }) {
  return (
    <ul className="grid gap-6 md:grid-cols-2 lg:grid-cols-3">
      {catalogue.items.map((item, i) => (
        <li key={item.id} className="overflow-hidden rounded-lg border border-slate-300 bg-white">
          <ItemPhoto
            item={item}
            sizes="(min-width: 1024px) 33vw, (min-width: 768px) 50vw, 100vw"
            eager={i < 2}
          />
          <div className="p-5">
            <h2 className="text-xl font-bold">
              <Link href={`/uitlenen/${item.slug}`}>{item.name}</Link>
            </h2>
            <p className="text-slate-700">{item.description}</p>
            <dl className="mt-3 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1">
              <StockFacts item={item} />
              <dt className="font-semibold">Inwoners</dt>
              <dd>
                {(() => {
                  const p = item.prices.find((x) => x.code === "RESIDENT");
                  return p
                    ? p.unitCents
                      ? `${formatEuro(p.unitCents)} per stuk`
                      : "gratis"
                    : "niet voor inwoners";
                })()}
              </dd>
            </dl>
          </div>
        </li>
      ))}
    </ul>
  );
}
