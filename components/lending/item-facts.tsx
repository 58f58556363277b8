// An item's facts: picture, stock, deposit, conditions, price per borrower category, accessories.
import { formatEuro } from "@/lib/be/money";
import type { CatalogueItem } from "@/lib/lending/queries/catalogue";
import { ItemPhoto } from "./item-photo";

/** Stock and deposit, as the catalogue and the item's page both state them (inside a <dl>). */
export function StockFacts({
  item,
}: {
  item: Pick<CatalogueItem, "stock" | "unitSingular" | "unitPlural" | "depositCents">;
}) {
  return (
    <>
      <dt className="font-semibold">Voorraad</dt>
      <dd>
        {item.stock} {item.stock === 1 ? item.unitSingular : item.unitPlural}
      </dd>
      <dt className="font-semibold">Waarborg</dt>
      <dd>{item.depositCents ? `${formatEuro(item.depositCents)} per stuk` : "geen"}</dd>
    </>
  );
}

export function ItemFacts({ item }: { item: CatalogueItem }) {
  return (
    <div className="space-y-4">
      <ItemPhoto item={item} sizes="(min-width: 768px) 50vw, 100vw" eager />
      <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1">
        <StockFacts item={item} />
        <dt className="font-semibold">Voorwaarden</dt>
        <dd>{item.conditions}</dd>
        {item.accessories.map((a) => (
          <div key={a.id} className="contents">
            <dt className="font-semibold">{a.required ? "Nodig" : "Aangeraden"}</dt>
            <dd>
              {a.perUnit} {a.unitPlural.toLowerCase()} per {item.unitSingular}
            </dd>
          </div>
        ))}
      </dl>
      <h2 className="text-xl font-bold">Prijs per stuk, voor de hele periode</h2>
      <ul className="space-y-1">
        {item.prices.map((p) => (
          <li key={p.code}>
            {p.label}: <strong>{p.unitCents ? formatEuro(p.unitCents) : "gratis"}</strong>
          </li>
        ))}
      </ul>
      <p className="text-sm text-slate-700">Niet in de lijst? Dan kan je dit niet lenen in die categorie.</p>
    </div>
  );
}
