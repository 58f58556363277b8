"use client";
// One form to create a performance and to edit it later; editing sends the tariff ids along.
import { ActionForm } from "@/components/ui/action-form";
import { TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { createPerformanceAction, updatePerformanceAction } from "@/lib/tickets/admin-actions";
import { performanceEditSchema, performanceSchema, TYPE_ROWS } from "@/lib/tickets/admin-schema";
import type { PerformanceFormValues, TariffFormRow } from "@/lib/tickets/admin-form-values";

// Only the first tariff is filled in: a prefilled name without a price would block saving.
const NEW_ROWS: TariffFormRow[] = [{ label: "Volwassene", price: "", quota: "" }];

export function PerformanceForm({ values }: { values?: PerformanceFormValues }) {
  const editing = Boolean(values);
  const rows = values?.types ?? NEW_ROWS;
  // Editing offers two empty rows for new tariffs beside the existing ones.
  const rowCount = Math.max(TYPE_ROWS, rows.length + (editing ? 2 : 0));
  return (
    <ActionForm
      action={editing ? updatePerformanceAction : createPerformanceAction}
      schema={editing ? performanceEditSchema : performanceSchema}
      label={editing ? "Voorstelling wijzigen" : "Nieuwe voorstelling"}
    >
      {values && <input type="hidden" name="performanceId" value={values.id} />}
      <TextField label="Titel" name="title" defaultValue={values?.title} />
      <TextField label="Ondertitel" name="subtitle" optional defaultValue={values?.subtitle} />
      <TextAreaField label="Beschrijving" name="description" defaultValue={values?.description} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Zaal" name="venueName" defaultValue={values?.venueName} />
        <TextField
          label="Adres van de zaal"
          name="venueAddress"
          hint="Bijvoorbeeld Kouterstraat 2, 8750 Wingene"
          defaultValue={values?.venueAddress}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField label="Datum" name="date" type="date" defaultValue={values?.date} />
        <TextField label="Aanvang" name="time" type="time" defaultValue={values?.time ?? "20:00"} />
        <TextField
          label="Duur in minuten"
          name="durationMinutes"
          inputMode="numeric"
          optional
          defaultValue={values?.durationMinutes}
        />
      </div>
      {editing && (
        <p className="text-sm text-slate-700">
          Verplaats je de voorstelling of wijzig je de zaal, dan krijgen alle kopers een e-mail.
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Aantal plaatsen" name="seats" inputMode="numeric" defaultValue={values?.seats} />
        <TextField
          label="Verkoop start op"
          name="salesStartDate"
          type="date"
          defaultValue={values?.salesStartDate}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Plaatsen vasthouden tijdens betalen (minuten)"
          name="holdMinutes"
          inputMode="numeric"
          defaultValue={values?.holdMinutes ?? "10"}
        />
        <TextField
          label="Betaaltermijn overschrijving (dagen)"
          name="transferDays"
          inputMode="numeric"
          defaultValue={values?.transferDays ?? "5"}
        />
      </div>
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">Tarieven</legend>
        <p className="text-sm text-slate-700">
          Een quotum beperkt het aantal tickets van dat tarief (bijvoorbeeld 20 kansentarieven). Laat een rij
          leeg om ze niet te gebruiken.
          {editing &&
            " Maak je een bestaand tarief leeg, dan wordt het niet meer verkocht; verkochte tickets blijven geldig. Een nieuwe prijs geldt voor nieuwe bestellingen."}
        </p>
        {Array.from({ length: rowCount }, (_, i) => (
          <div
            key={i}
            className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-[1fr_8rem_8rem]"
          >
            {rows[i]?.id && <input type="hidden" name={`typeId_${i}`} value={rows[i].id} />}
            <TextField
              label={`Tarief ${i + 1}`}
              name={`typeLabel_${i}`}
              optional
              defaultValue={rows[i]?.label}
            />
            <TextField
              label="Prijs (€)"
              name={`typePrice_${i}`}
              inputMode="decimal"
              optional
              defaultValue={rows[i]?.price}
            />
            <TextField
              label="Quotum"
              name={`typeQuota_${i}`}
              inputMode="numeric"
              optional
              defaultValue={rows[i]?.quota}
            />
          </div>
        ))}
      </fieldset>
      <label className="flex items-center gap-3 font-semibold">
        <input type="checkbox" name="published" className="h-5 w-5" defaultChecked={values?.published} />{" "}
        {editing ? "Gepubliceerd" : "Meteen publiceren"}
      </label>
      <SubmitButton>{editing ? "Wijzigingen bewaren" : "Voorstelling aanmaken"}</SubmitButton>
    </ActionForm>
  );
}
