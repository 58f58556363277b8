// What an order holds, line by line, and its total: a table on wide screens, cards on a phone.
import { DataList } from "@/components/ui/data-list";
import { formatEuro } from "@/lib/be/money";

type Line = {
  id: string;
  description: string;
  tariffLabel: string;
  unitCents: number;
  quantity: number;
  totalCents: number;
};

export function OrderLines({
  lines,
  totalCents,
  lineLabel,
}: {
  lines: Line[];
  totalCents: number;
  lineLabel: string;
}) {
  return (
    <>
      <DataList
        caption="Wat je bestelde"
        rows={lines}
        rowKey={(l) => l.id}
        columns={[
          {
            key: "what",
            label: lineLabel,
            primary: true,
            cell: (l) => `${l.description} – ${l.tariffLabel} (${formatEuro(l.unitCents)})`,
          },
          { key: "quantity", label: "Aantal", align: "right", cell: (l) => l.quantity },
          { key: "amount", label: "Bedrag", align: "right", cell: (l) => formatEuro(l.totalCents) },
        ]}
      />
      <p className="mt-3 text-right text-lg">
        Totaal: <strong>{formatEuro(totalCents)}</strong>
      </p>
    </>
  );
}
