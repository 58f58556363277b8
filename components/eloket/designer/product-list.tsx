"use client";
// The e-loket's products for the designer: a table on a wide screen, cards on a phone.
import Link from "next/link";
import { DataList } from "@/components/ui/data-list";

export type DesignerProductRow = {
  id: string;
  name: string;
  team: string;
  published: number | null;
  hasChanges: boolean;
};

export function DesignerProductList({ rows }: { rows: DesignerProductRow[] }) {
  return (
    <DataList
      caption="Producten van het e-loket"
      rows={rows}
      rowKey={(r) => r.id}
      tableFrom="lg"
      columns={[
        {
          key: "name",
          label: "Product",
          primary: true,
          cell: (r) => (
            <Link href={`/beheer/formulieren/${r.id}`} aria-label={`Formulier van ${r.name} ontwerpen`}>
              {r.name}
            </Link>
          ),
        },
        { key: "team", label: "Team", cell: (r) => r.team },
        {
          key: "published",
          label: "Gepubliceerd",
          cell: (r) => (r.published === null ? "Nog niet gepubliceerd" : `Versie ${r.published}`),
        },
        {
          key: "changes",
          label: "Wijzigingen",
          cell: (r) => (r.hasChanges ? "Niet-gepubliceerde wijzigingen" : "Geen"),
        },
      ]}
    />
  );
}
