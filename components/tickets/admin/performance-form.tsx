"use client";
import { ActionForm } from "@/components/ui/action-form";
import { TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { createPerformanceAction } from "@/lib/tickets/admin-actions";
import { performanceSchema, TYPE_ROWS } from "@/lib/tickets/admin-schema";

// Only the first tariff is filled in: a prefilled name without a price would block saving.
const defaults = [{ label: "Volwassene", price: "" }];

export function PerformanceForm() {
  return (
    <ActionForm action={createPerformanceAction} schema={performanceSchema} label="Nieuwe voorstelling">
      <TextField label="Titel" name="title" />
      <TextField label="Ondertitel" name="subtitle" optional />
      <TextAreaField label="Beschrijving" name="description" />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Zaal" name="venueName" />
        <TextField
          label="Adres van de zaal"
          name="venueAddress"
          hint="Bijvoorbeeld Kouterstraat 2, 8750 Wingene"
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField label="Datum" name="date" type="date" />
        <TextField label="Aanvang" name="time" type="time" defaultValue="20:00" />
        <TextField label="Duur in minuten" name="durationMinutes" inputMode="numeric" optional />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Aantal plaatsen" name="seats" inputMode="numeric" />
        <TextField label="Verkoop start op" name="salesStartDate" type="date" />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Plaatsen vasthouden tijdens betalen (minuten)"
          name="holdMinutes"
          inputMode="numeric"
          defaultValue="10"
        />
        <TextField
          label="Betaaltermijn overschrijving (dagen)"
          name="transferDays"
          inputMode="numeric"
          defaultValue="5"
        />
      </div>
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">Tarieven</legend>
        <p className="text-sm text-slate-700">
          Een quotum beperkt het aantal tickets van dat tarief (bijvoorbeeld 20 kansentarieven). Laat een rij
          leeg om ze niet te gebruiken.
        </p>
        {Array.from({ length: TYPE_ROWS }, (_, i) => (
          <div
            key={i}
            className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-[1fr_8rem_8rem]"
          >
            <TextField
              label={`Tarief ${i + 1}`}
              name={`typeLabel_${i}`}
              optional
              defaultValue={defaults[i]?.label}
            />
            <TextField
              label="Prijs (€)"
              name={`typePrice_${i}`}
              inputMode="decimal"
              optional
              defaultValue={defaults[i]?.price}
            />
            <TextField label="Quotum" name={`typeQuota_${i}`} inputMode="numeric" optional />
          </div>
        ))}
      </fieldset>
      <label className="flex items-center gap-3 font-semibold">
        <input type="checkbox" name="published" className="h-5 w-5" /> Meteen publiceren
      </label>
      <SubmitButton>Voorstelling aanmaken</SubmitButton>
    </ActionForm>
  );
}
