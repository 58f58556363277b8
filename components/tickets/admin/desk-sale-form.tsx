"use client";
// Selling at the desk or on the phone: same quantities and capacity rules as online.
import { ActionForm, useFieldErrors } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { formatEuro } from "@/lib/be/money";
import { DESK_SALE_METHOD_LABELS } from "@/lib/payments/labels";
import { deskSaleAction } from "@/lib/tickets/admin-actions";
import { deskSaleMethods } from "@/lib/tickets/admin-schema";

type TypeOption = { id: string; label: string; priceCents: number };

function MethodChoice() {
  const errors = useFieldErrors("method");
  return (
    <fieldset>
      <legend className="font-semibold">Betaling</legend>
      {deskSaleMethods.map((value) => (
        <label key={value} className="flex items-center gap-3 py-1">
          <input
            type="radio"
            name="method"
            value={value}
            defaultChecked={value === "DESK_CARD"}
            className="h-5 w-5"
          />{" "}
          {DESK_SALE_METHOD_LABELS[value]}
        </label>
      ))}
      {errors && <p className="text-sm font-semibold text-red-800">{errors.join(" ")}</p>}
    </fieldset>
  );
}

export function DeskSaleForm({
  performanceId,
  types,
  resident,
}: {
  performanceId: string;
  types: TypeOption[];
  resident?: { id: string; name: string | null; email: string | null };
}) {
  return (
    <ActionForm
      action={deskSaleAction}
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
      <div className="grid gap-3 sm:grid-cols-2">
        {types.map((t) => (
          <TextField
            key={t.id}
            label={`${t.label} (${formatEuro(t.priceCents)})`}
            name={`qty_${t.id}`}
            inputMode="numeric"
            defaultValue="0"
          />
        ))}
      </div>
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
      <MethodChoice />
      <SubmitButton>Verkopen</SubmitButton>
    </ActionForm>
  );
}
