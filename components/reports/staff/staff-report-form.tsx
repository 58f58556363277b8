"use client";
// Staff enter a report for someone on the phone, at the desk or from an e-mail; the channel is
// recorded. Same command as the web form, so routing and history are the same.
import { ActionForm } from "@/components/ui/action-form";
import { TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { staffReportSchema } from "@/lib/reports/schema";
import { enterReport } from "@/lib/reports/staff-actions";
import { LocateButton } from "../locate-button";
import { MapPicker } from "../map-picker";
import { PhotoField } from "../report-form";
import { SelectField } from "./select-field";

type Option = { value: string; label: string };

export function StaffReportForm({
  kinds,
  categories,
  channels,
}: {
  kinds: Option[];
  categories: Option[];
  channels: Option[];
}) {
  return (
    <ActionForm action={enterReport} schema={staffReportSchema} label="Melding invoeren">
      <SelectField label="Kanaal" name="channel" options={channels} />
      <SelectField label="Soort" name="kind" options={kinds} />
      <SelectField label="Categorie" name="category" options={categories} />
      <TextAreaField label="Beschrijving" name="description" />
      <fieldset className="space-y-4">
        <legend className="font-semibold">Plaats</legend>
        <p>
          Vraag het adres, of plaats een speld op de kaart. &quot;Gebruik mijn locatie&quot; vult de plaats
          van dit toestel in, handig op een tablet ter plaatse.
        </p>
        <TextField label="Adres of plaatsomschrijving" name="addressText" optional />
        {/* Same helpers as the resident form: they only fill the coordinate fields below. */}
        <LocateButton />
        <MapPicker />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label="Breedtegraad"
            name="latitude"
            optional
            inputMode="decimal"
            hint="Bijvoorbeeld 51.0561"
            data-coordinate="latitude"
          />
          <TextField
            label="Lengtegraad"
            name="longitude"
            optional
            inputMode="decimal"
            hint="Bijvoorbeeld 3.2739"
            data-coordinate="longitude"
          />
        </div>
      </fieldset>
      <PhotoField />
      <fieldset className="space-y-4">
        <legend className="font-semibold">Melder</legend>
        <TextField label="Naam" name="name" optional />
        <TextField
          label="E-mailadres"
          name="email"
          type="email"
          optional
          hint="Met een e-mailadres krijgt de melder het volgnummer en de statuslink."
        />
        <TextField label="Telefoonnummer" name="phone" type="tel" optional />
      </fieldset>
      <SubmitButton>Melding invoeren</SubmitButton>
    </ActionForm>
  );
}
