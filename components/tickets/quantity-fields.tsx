"use client";
// A quantity per tariff (`quantities.<typeId>`), shared by the online reservation and the desk sale.
import { FieldGroup, NumberField } from "@/components/ui/form";
import { formatEuro } from "@/lib/be/money";
import { MAX_TICKETS_PER_ORDER } from "@/lib/tickets/schema";

export type TariffOption = {
  id: string;
  label: string;
  priceCents: number;
  description?: string | null;
  /** Tickets left of this tariff; undefined when the seller does not limit the field. */
  left?: number;
};

export function QuantityFields({ types, columns }: { types: TariffOption[]; columns?: boolean }) {
  return (
    <FieldGroup name="quantities" legend="Aantal tickets">
      <div className={columns ? "mt-2 grid gap-3 sm:grid-cols-2" : "mt-2 space-y-3"}>
        {types.map((t) => {
          const soldOut = t.left !== undefined && t.left <= 0;
          return (
            <NumberField
              key={t.id}
              name={`quantities.${t.id}`}
              label={`${t.label} – ${t.priceCents === 0 ? "gratis" : formatEuro(t.priceCents)}`}
              hint={soldOut ? "Uitverkocht" : (t.description ?? undefined)}
              min={0}
              max={Math.min(MAX_TICKETS_PER_ORDER, Math.max(0, t.left ?? MAX_TICKETS_PER_ORDER))}
              defaultValue="0"
              disabled={soldOut}
            />
          );
        })}
      </div>
    </FieldGroup>
  );
}
