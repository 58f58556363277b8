"use client";
// Quantities per tariff and the buyer's details. Works without JavaScript; with it, the same
// schema as the server checks the input first.
import { ActionForm, useFieldErrors } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { formatEuro } from "@/lib/be/money";
import { reserve } from "@/lib/tickets/actions";
import { MAX_TICKETS_PER_ORDER, reservationSchema } from "@/lib/tickets/schema";

type TypeOption = { id: string; label: string; description: string | null; priceCents: number; left: number };

function QuantityRow({ type }: { type: TypeOption }) {
  const name = `qty_${type.id}`;
  const errors = useFieldErrors(name);
  const soldOut = type.left <= 0;
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 py-3">
      <label htmlFor={name} className="min-w-0 flex-1">
        <span className="block font-semibold">
          {type.label} – {type.priceCents === 0 ? "gratis" : formatEuro(type.priceCents)}
        </span>
        {type.description && <span className="block text-sm text-slate-700">{type.description}</span>}
        {soldOut && <span className="block text-sm font-semibold text-red-800">Uitverkocht</span>}
        {errors && <span className="block text-sm font-semibold text-red-800">{errors.join(" ")}</span>}
      </label>
      <input
        id={name}
        name={name}
        type="number"
        inputMode="numeric"
        min={0}
        max={Math.min(MAX_TICKETS_PER_ORDER, Math.max(0, type.left))}
        defaultValue={0}
        disabled={soldOut}
        aria-invalid={errors ? true : undefined}
        className="w-20 rounded-md border border-slate-500 px-3 py-2 text-right text-lg"
      />
    </div>
  );
}

function FormError() {
  const errors = useFieldErrors("_form");
  return errors ? <p className="font-semibold text-red-800">{errors.join(" ")}</p> : null;
}

export function ReservationForm({
  performanceId,
  types,
  buyer,
}: {
  performanceId: string;
  types: TypeOption[];
  buyer: { name?: string; email?: string };
}) {
  return (
    <ActionForm action={reserve} schema={reservationSchema} label="Tickets kiezen">
      <input type="hidden" name="performanceId" value={performanceId} />
      <fieldset>
        <legend className="text-lg font-semibold">Aantal tickets</legend>
        {types.map((t) => (
          <QuantityRow key={t.id} type={t} />
        ))}
      </fieldset>
      <FormError />
      <TextField label="Naam" name="buyerName" autoComplete="name" defaultValue={buyer.name} />
      <TextField
        label="E-mailadres"
        name="buyerEmail"
        type="email"
        autoComplete="email"
        defaultValue={buyer.email}
        hint="Je tickets komen naar dit adres."
      />
      <p className="text-sm text-slate-700">
        Je plaatsen worden enkele minuten voor je vastgehouden terwijl je betaalt. Lees hoe we je gegevens
        gebruiken in de <a href="/privacy">privacyverklaring</a>.
      </p>
      <SubmitButton pendingText="Plaatsen worden vastgehouden…">Reserveren en betalen</SubmitButton>
    </ActionForm>
  );
}
