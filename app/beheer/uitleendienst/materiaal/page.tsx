import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { staffItems } from "@/lib/lending/queries/items";

export const metadata: Metadata = { title: "Materiaal van de uitleendienst" };

export default async function ItemsPage() {
  await requireStaff("loans:manage", "/beheer/uitleendienst/materiaal");
  const items = await staffItems();
  return (
    <>
      <PageHeader
        title="Materiaal"
        intro="Voorraad, prijzen, waarborg en herstellingen per stuk materiaal."
      />
      <ul className="mb-4 flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <Link href="/beheer/uitleendienst/uren">Uren van het depot</Link>
        </li>
        <li>
          <Link href="/beheer/uitleendienst/instellingen">Categorieën van leners en leveringen</Link>
        </li>
      </ul>
      <ul className="grid gap-2">
        {items.map((i) => (
          <li key={i.id}>
            <Link href={`/beheer/uitleendienst/materiaal/${i.id}`}>{i.name}</Link>: {i.stock} {i.unitPlural}
            {!i.active && " (niet in de catalogus)"}
          </li>
        ))}
      </ul>
    </>
  );
}
