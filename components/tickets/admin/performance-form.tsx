"use client";
// One form to create a performance and to edit it later; tariffs are repeating rows
// (`types.<n>.label`, …), and editing sends each existing tariff's id along.
import {
  Checkbox,
  DateField,
  Form,
  HiddenField,
  NumberField,
  Repeater,
  SubmitButton,
  TextArea,
  TextField,
} from "@/components/ui/form";
import type { FormValues } from "@/lib/forms/form-data";
import { createPerformanceAction, updatePerformanceAction } from "@/lib/tickets/admin-actions";
import { performanceEditSchema, performanceSchema, SPARE_TARIFF_ROWS } from "@/lib/tickets/admin-schema";
import type { PerformanceFormValues } from "@/lib/tickets/admin-form-values";

// Only the first tariff is filled in: a prefilled name without a price would block saving.
const NEW_PERFORMANCE: FormValues = {
  time: "20:00",
  holdMinutes: "10",
  transferDays: "5",
  maxTicketsPerOrder: "10",
  maxTicketsPerBuyer: "10",
  types: [{ label: "Volwassene", price: "", quota: "" }],
};

export function PerformanceForm({ values }: { values?: PerformanceFormValues }) {
  const editing = Boolean(values);
  const defaults = values ? formValues(values) : NEW_PERFORMANCE;
  const rows = values ? values.types.length : 1;
  return (
    <Form
      action={editing ? updatePerformanceAction : createPerformanceAction}
      schema={editing ? performanceEditSchema : performanceSchema}
      defaultValues={defaults}
      label={editing ? "Voorstelling wijzigen" : "Nieuwe voorstelling"}
    >
      {values && <input type="hidden" name="performanceId" value={values.id} />}
      <TextField label="Titel" name="title" />
      <TextField label="Ondertitel" name="subtitle" optional />
      <TextArea label="Beschrijving" name="description" />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Zaal" name="venueName" />
        <TextField
          label="Adres van de zaal"
          name="venueAddress"
          hint="Bijvoorbeeld Kouterstraat 2, 8750 Wingene"
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <DateField label="Datum" name="date" />
        <TextField label="Aanvang" name="time" type="time" />
        <NumberField label="Duur in minuten" name="durationMinutes" optional />
      </div>
      {editing && (
        <p className="text-sm text-slate-700">
          Verplaats je de voorstelling of wijzig je de zaal, dan krijgen alle kopers een e-mail.
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <NumberField label="Aantal plaatsen" name="seats" />
        <DateField label="Verkoop start op" name="salesStartDate" />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <NumberField label="Plaatsen vasthouden tijdens betalen (minuten)" name="holdMinutes" />
        <NumberField label="Betaaltermijn overschrijving (dagen)" name="transferDays" />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <NumberField label="Maximum tickets per bestelling" name="maxTicketsPerOrder" />
        <NumberField
          label="Maximum tickets per koper"
          name="maxTicketsPerBuyer"
          hint="Over al zijn open en betaalde bestellingen samen, tegen opkopen. Geldt niet aan de balie."
        />
      </div>
      <Repeater
        name="types"
        legend="Tarieven"
        hint={
          <>
            Een quotum beperkt het aantal tickets van dat tarief (bijvoorbeeld 20 kansentarieven). Laat een
            rij leeg om ze niet te gebruiken.
            {editing &&
              " Maak je een bestaand tarief leeg, dan wordt het niet meer verkocht; verkochte tickets blijven geldig. Een nieuwe prijs geldt voor nieuwe bestellingen."}
          </>
        }
        rowLabel={(i) => `Tarief ${i}`}
        addLabel="Tarief toevoegen"
        initialRows={rows}
        spare={SPARE_TARIFF_ROWS}
        max={12}
        renderRow={(prefix) => (
          <div className="grid gap-3 sm:grid-cols-[1fr_8rem_8rem]">
            <HiddenField name={`${prefix}.id`} />
            <TextField label="Naam" name={`${prefix}.label`} optional />
            <TextField
              label="Prijs (€)"
              name={`${prefix}.price`}
              inputMode="decimal"
              autoComplete="off"
              optional
            />
            <NumberField label="Quotum" name={`${prefix}.quota`} optional />
          </div>
        )}
      />
      <Checkbox name="published" label={editing ? "Gepubliceerd" : "Meteen publiceren"} />
      <SubmitButton>{editing ? "Wijzigingen bewaren" : "Voorstelling aanmaken"}</SubmitButton>
    </Form>
  );
}

/** The edit form's starting values by field name; the checkbox as a ticked box posts it. */
function formValues(values: PerformanceFormValues): FormValues {
  const { title, subtitle, description, venueName, venueAddress, date, time } = values;
  const { durationMinutes, seats, salesStartDate, holdMinutes, transferDays, types } = values;
  const { maxTicketsPerOrder, maxTicketsPerBuyer } = values;
  return {
    ...{ title, subtitle, description, venueName, venueAddress, date, time, durationMinutes, seats },
    ...{ salesStartDate, holdMinutes, transferDays, maxTicketsPerOrder, maxTicketsPerBuyer, types },
    published: values.published ? "on" : "",
  };
}
