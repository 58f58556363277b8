"use client";
// The report itself: what is wrong, optional photos, and how we reach you. Kind, category and
// place come from the earlier steps as hidden fields; the server checks them again.
import { FileField, Form, Honeypot, SubmitButton, TextArea, TextField } from "@/components/ui/form";
import type { Place } from "@/lib/forms/location";
import { submitReport } from "@/lib/reports/actions";
import { PHOTO_POLICY } from "@/lib/reports/photo-policy";
import { reportSchemaFor } from "@/lib/reports/schema";

export function PhotoField() {
  return (
    <FileField
      name={PHOTO_POLICY.field}
      label="Foto's"
      optional
      multiple
      accept="image/jpeg,image/png,image/webp"
      hint={`Maximaal ${PHOTO_POLICY.maxFiles} foto's van elk hoogstens 5 MB (JPEG, PNG of WebP). We verwijderen de locatie- en toestelgegevens uit de foto voor we ze bewaren.`}
    />
  );
}

export function ReportForm({
  kind,
  category,
  place,
  requiresLocation,
  allowPhotos,
  defaultName,
  defaultEmail,
}: {
  kind: string;
  category: string;
  place: Place;
  requiresLocation: boolean;
  allowPhotos: boolean;
  defaultName?: string;
  defaultEmail?: string;
}) {
  return (
    <Form action={submitReport} schema={reportSchemaFor(requiresLocation)} label="Melding versturen">
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="category" value={category} />
      <input type="hidden" name="location.text" value={place.text ?? ""} />
      <input type="hidden" name="location.latitude" value={place.latitude ?? ""} />
      <input type="hidden" name="location.longitude" value={place.longitude ?? ""} />
      <TextArea
        label="Beschrijving"
        name="description"
        hint="Wat is er aan de hand? Hoe specifieker, hoe sneller we het kunnen oplossen."
      />
      {allowPhotos && <PhotoField />}
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">Hoe houden we je op de hoogte?</legend>
        <TextField label="Naam" name="name" autoComplete="name" defaultValue={defaultName} />
        <TextField
          label="E-mailadres"
          name="email"
          type="email"
          autoComplete="email"
          defaultValue={defaultEmail}
          hint="Je krijgt je volgnummer en een link naar de statuspagina."
        />
        <TextField label="Telefoonnummer" name="phone" type="tel" autoComplete="tel" optional />
      </fieldset>
      <Honeypot />
      <p className="text-sm text-slate-700">
        We gebruiken je gegevens enkel om je melding te behandelen en je op de hoogte te houden. Lees er meer
        over in onze <a href="/privacy">privacyverklaring</a>.
      </p>
      <SubmitButton>Melding versturen</SubmitButton>
    </Form>
  );
}
