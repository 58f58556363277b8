"use client";
// Rental settings of one hall: deposit, approval and per customer category the tariff, how far
// ahead it may book and whether it may pay by invoice (`tariffs.<category>.…`).
import { Checkbox, Form, MoneyField, NumberField, SubmitButton } from "@/components/ui/form";
import { hallSettingsSchema } from "@/lib/halls/schema/settings";
import { hallSettingsAction } from "@/lib/halls/staff-actions";

type Row = { code: string; label: string; priceCents: number | null; months: number; invoice: boolean };

export function HallSettingsForm({
  hallId,
  unitWord,
  depositCents,
  requiresApproval,
  rows,
}: {
  hallId: string;
  unitWord: string;
  depositCents: number;
  requiresApproval: boolean;
  rows: Row[];
}) {
  return (
    <Form
      action={hallSettingsAction}
      schema={hallSettingsSchema}
      label="Instellingen van de zaal"
      keepValues
      success={() =>
        "Opgeslagen. Nieuwe aanvragen gebruiken deze tarieven; bestaande reservaties behouden hun prijs."
      }
    >
      <input type="hidden" name="hallId" value={hallId} />
      <MoneyField label="Waarborg" name="deposit" defaultCents={depositCents} />
      <Checkbox
        name="requiresApproval"
        label="Aanvragen moeten eerst goedgekeurd worden"
        defaultChecked={requiresApproval}
      />
      {rows.map((r) => (
        <fieldset key={r.code} className="rounded-md border border-slate-300 p-4">
          <legend className="px-1 font-semibold">{r.label}</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            <MoneyField
              label={`Prijs per ${unitWord}`}
              name={`tariffs.${r.code}.price`}
              defaultCents={r.priceCents ?? undefined}
              optional
              hint="Leeg: deze categorie kan de zaal niet huren."
            />
            <NumberField
              label="Reserveren tot (maanden op voorhand)"
              name={`tariffs.${r.code}.months`}
              min={1}
              max={36}
              defaultValue={r.months}
              optional
            />
          </div>
          <div className="mt-3">
            <Checkbox
              name={`tariffs.${r.code}.invoice`}
              label="Factuur achteraf toegestaan"
              defaultChecked={r.invoice}
            />
          </div>
        </fieldset>
      ))}
      <SubmitButton pendingText="Bezig met opslaan…">Opslaan</SubmitButton>
    </Form>
  );
}
