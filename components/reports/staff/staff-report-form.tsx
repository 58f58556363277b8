"use client";
// Staff enter a report for someone on the phone, at the desk or from an e-mail; the channel is
// recorded. Same command as the web form, so routing and history are the same.
import { Form, LocationField, Select, SubmitButton, TextArea, TextField } from "@/components/ui/form";
import { staffReportSchema } from "@/lib/reports/schema";
import { enterReport } from "@/lib/reports/staff-actions";
import { PhotoField } from "../report-form";

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
    <Form action={enterReport} schema={staffReportSchema} label="Melding invoeren">
      <Select label="Kanaal" name="channel" options={channels} />
      <Select label="Soort" name="kind" options={kinds} />
      <Select label="Categorie" name="category" options={categories} />
      <TextArea label="Beschrijving" name="description" />
      {/* Whether a place is needed follows the category; the server checks that rule. */}
      <LocationField
        name="location"
        legend="Plaats"
        required="depends"
        hint='Verplicht voor categorieën in de openbare ruimte: vraag het adres, of kies de plek op de kaart. "Gebruik mijn locatie" neemt de plaats van dit toestel, handig op een tablet ter plaatse.'
      />
      <PhotoField />
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">Melder</legend>
        <TextField label="Naam" name="name" autoComplete="off" optional />
        <TextField
          label="E-mailadres"
          name="email"
          type="email"
          autoComplete="off"
          optional
          hint="Met een e-mailadres krijgt de melder het volgnummer en de statuslink."
        />
        <TextField label="Telefoonnummer" name="phone" type="tel" autoComplete="off" optional />
      </fieldset>
      <SubmitButton>Melding invoeren</SubmitButton>
    </Form>
  );
}
