"use client";
// Selling at the desk or on the phone: same quantities and capacity rules as online.
import { Form, RadioGroup, SubmitButton, TextField } from "@/components/ui/form";
import { DESK_SALE_METHOD_LABELS } from "@/lib/payments/labels";
import { deskSaleAction } from "@/lib/tickets/admin-actions";
import { deskSaleMethods, deskSaleSchema } from "@/lib/tickets/admin-schema";
import { QuantityFields, type TariffOption } from "../quantity-fields";

export function DeskSaleForm({
  performanceId,
  types,
  resident,
}: {
  performanceId: string;
  types: TariffOption[];
  resident?: { id: string; name: string | null; email: string | null };
}) {
  return (
    <Form
      action={deskSaleAction}
      schema={deskSaleSchema}
      label="Verkopen aan de balie"
      success={(r) => (
        <>
          Bestelling {r.number} {r.method === "TRANSFER" ? "wacht op de overschrijving" : "is betaald"}.{" "}
          <a href={`/bestelling/${r.token}`}>Tickets tonen of afdrukken</a>
        </>
      )}
    >
      <input type="hidden" name="performanceId" value={performanceId} />
      {resident && <input type="hidden" name="residentId" value={resident.id} />}
      <QuantityFields types={types} columns />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label="Naam koper"
          name="buyerName"
          defaultValue={resident?.name ?? ""}
          autoComplete="off"
        />
        <TextField
          label="E-mailadres koper"
          name="buyerEmail"
          type="email"
          defaultValue={resident?.email ?? ""}
          autoComplete="off"
          optional
          hint="De tickets worden gemaild. Zonder e-mailadres druk je ze af; voor een overschrijving is het nodig."
        />
      </div>
      <RadioGroup
        name="method"
        legend="Betaling"
        defaultValue="DESK_CARD"
        options={deskSaleMethods.map((value) => ({ value, label: DESK_SALE_METHOD_LABELS[value] }))}
      />
      <SubmitButton>Verkopen</SubmitButton>
    </Form>
  );
}
