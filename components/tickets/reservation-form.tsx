"use client";
// Quantities per tariff and the buyer's details. Works without JavaScript; with it, the same
// schema as the server checks the input first.
import { Form, SubmitButton, TextField } from "@/components/ui/form";
import { reserve } from "@/lib/tickets/actions";
import { reservationSchema } from "@/lib/tickets/schema";
import { QuantityFields, type TariffOption } from "./quantity-fields";

export function ReservationForm({
  performanceId,
  types,
  buyer,
}: {
  performanceId: string;
  types: TariffOption[];
  buyer: { name?: string; email?: string };
}) {
  return (
    <Form action={reserve} schema={reservationSchema} label="Tickets kiezen">
      <input type="hidden" name="performanceId" value={performanceId} />
      <QuantityFields types={types} />
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
    </Form>
  );
}
