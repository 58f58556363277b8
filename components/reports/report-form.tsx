"use client";
// The report itself: what is wrong, optional photos, and how we reach you. Location comes from
// the previous step as hidden fields; the server checks it again.
import { ActionForm, useFieldErrors } from "@/components/ui/action-form";
import { TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { submitReport } from "@/lib/reports/actions";
import { MAX_PHOTOS } from "@/lib/reports/photos";
import { reportSchema } from "@/lib/reports/schema";

function LocationErrors() {
  const errors = [
    ...(useFieldErrors("addressText") ?? []),
    ...(useFieldErrors("latitude") ?? []),
    ...(useFieldErrors("longitude") ?? []),
  ];
  if (errors.length === 0) return null;
  return (
    <p className="font-semibold text-red-800">
      {errors.join(" ")} Kies de plaats opnieuw via &quot;Plaats wijzigen&quot;.
    </p>
  );
}

export function PhotoField() {
  return (
    <div>
      <label htmlFor="photos" className="block font-semibold">
        Foto&apos;s <span className="font-normal text-slate-700">(niet verplicht)</span>
      </label>
      <input
        id="photos"
        name="photos"
        type="file"
        multiple
        accept="image/jpeg,image/png,image/webp"
        aria-describedby="photos-hint"
        className="mt-1 block w-full text-base"
      />
      <p id="photos-hint" className="mt-1 text-sm text-slate-700">
        Maximaal {MAX_PHOTOS} foto&apos;s van elk hoogstens 5 MB (JPEG, PNG of WebP). We verwijderen de
        locatiegegevens uit de foto voor we ze bewaren.
      </p>
    </div>
  );
}

export function ReportForm({
  kind,
  category,
  location,
  requiresLocation,
  allowPhotos,
  defaultName,
  defaultEmail,
}: {
  kind: string;
  category: string;
  location: { addressText: string; latitude: string; longitude: string };
  requiresLocation: boolean;
  allowPhotos: boolean;
  defaultName?: string;
  defaultEmail?: string;
}) {
  return (
    <ActionForm action={submitReport} schema={reportSchema} label="Melding versturen">
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="category" value={category} />
      <input type="hidden" name="addressText" value={location.addressText} />
      <input type="hidden" name="latitude" value={location.latitude} />
      <input type="hidden" name="longitude" value={location.longitude} />
      <input type="hidden" name="locationRequired" value={requiresLocation ? "1" : ""} />
      <LocationErrors />
      <TextAreaField
        label="Beschrijving"
        name="description"
        hint="Wat is er aan de hand? Hoe specifieker, hoe sneller we het kunnen oplossen."
      />
      {allowPhotos && <PhotoField />}
      <fieldset className="space-y-4">
        <legend className="font-semibold">Hoe houden we je op de hoogte?</legend>
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
      <div className="hidden" aria-hidden="true">
        <label htmlFor="website">Laat dit veld leeg</label>
        <input id="website" name="website" tabIndex={-1} autoComplete="off" />
      </div>
      <p className="text-sm text-slate-700">
        We gebruiken je gegevens enkel om je melding te behandelen en je op de hoogte te houden. Lees er meer
        over in onze <a href="/privacy">privacyverklaring</a>.
      </p>
      <SubmitButton>Melding versturen</SubmitButton>
    </ActionForm>
  );
}
