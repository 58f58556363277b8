"use client";
// Rental settings of one hall: deposit, approval and the tariff per customer category.
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { hallSettingsSchema } from "@/lib/halls/settings-schema";
import { hallSettingsAction } from "@/lib/halls/staff-actions";
import { ChoiceGroup } from "./choice-fields";

type Row = {
  code: string;
  label: string;
  price: string;
  months: string;
  invoice: boolean;
};

export function HallSettingsForm({
  hallId,
  unitWord,
  deposit,
  requiresApproval,
  rows,
}: {
  hallId: string;
  unitWord: string;
  deposit: string;
  requiresApproval: boolean;
  rows: Row[];
}) {
  return (
    <ActionForm
      action={hallSettingsAction}
      schema={hallSettingsSchema}
      label="Instellingen van de zaal"
      success={() =>
        "Opgeslagen. Nieuwe aanvragen gebruiken deze tarieven; bestaande reservaties behouden hun prijs."
      }
    >
      <input type="hidden" name="hallId" value={hallId} />
      <TextField label="Waarborg (euro)" name="deposit" inputMode="decimal" defaultValue={deposit} />
      <ChoiceGroup
        legend="Reserveren"
        name="requiresApproval"
        type="checkbox"
        defaultValues={requiresApproval ? ["on"] : []}
        options={[{ value: "on", label: "Aanvragen moeten eerst goedgekeurd worden" }]}
      />
      {rows.map((r) => (
        <fieldset key={r.code} className="rounded-md border border-slate-300 p-4">
          <legend className="px-1 font-semibold">{r.label}</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              label={`Prijs per ${unitWord} (euro)`}
              name={`price_${r.code}`}
              inputMode="decimal"
              defaultValue={r.price}
              optional
              hint="Leeg: deze categorie kan de zaal niet huren."
            />
            <TextField
              label="Reserveren tot (maanden op voorhand)"
              name={`window_${r.code}`}
              type="number"
              min={1}
              max={36}
              defaultValue={r.months}
              optional
            />
          </div>
          <label className="mt-3 flex items-center gap-3">
            <input type="checkbox" name={`invoice_${r.code}`} defaultChecked={r.invoice} className="size-5" />
            <span>Factuur achteraf toegestaan</span>
          </label>
        </fieldset>
      ))}
      <SubmitButton pendingText="Bezig met opslaan…">Opslaan</SubmitButton>
    </ActionForm>
  );
}
