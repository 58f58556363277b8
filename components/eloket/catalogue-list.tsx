// The catalogue's products as a list of cards: name, what it is, cost and how long it takes.
import Link from "next/link";

type Product = {
  id: string;
  slug: string;
  name: string;
  summary: string;
  costText: string;
  slaDays: number;
  fullyOnline: boolean;
};

export function CatalogueList({ products }: { products: Product[] }) {
  if (products.length === 0) return <p>We vonden geen aanvraag die daarop lijkt. Probeer een ander woord.</p>;
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {products.map((p) => (
        <li key={p.id} className="rounded-lg border border-slate-300 bg-white p-5">
          <h2 className="text-xl font-bold">
            <Link href={`/loket/${p.slug}`}>{p.name}</Link>
          </h2>
          <p className="mt-1 text-slate-700">{p.summary}</p>
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            <dt className="font-semibold">Kostprijs</dt>
            <dd>{p.costText}</dd>
            <dt className="font-semibold">Behandeling</dt>
            <dd>binnen {p.slaDays} dagen</dd>
            <dt className="font-semibold">Online</dt>
            <dd>{p.fullyOnline ? "Volledig online" : "Online aanvragen, afhalen aan de balie"}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
