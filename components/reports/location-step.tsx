// Step "waar is het?": a plain GET form with an address and coordinates, so it works without
// JavaScript; "gebruik mijn locatie" and the map only fill the same fields.
import { buttonClass } from "@/components/ui/button-class";
import type { FieldErrors } from "@/lib/actions/result";
import { LocateButton } from "./locate-button";
import { MapPicker } from "./map-picker";

const inputClass =
  "mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700";

function Field({
  id,
  name,
  label,
  hint,
  value,
  errors,
  inputMode,
  autoComplete,
  coordinate,
}: {
  id: string;
  name: string;
  label: string;
  hint: string;
  value?: string;
  errors?: string[];
  inputMode?: "decimal";
  autoComplete?: string;
  coordinate?: "latitude" | "longitude";
}) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label} <span className="font-normal text-slate-700">(niet verplicht)</span>
      </label>
      <input
        id={id}
        name={name}
        defaultValue={value}
        inputMode={inputMode}
        autoComplete={autoComplete}
        data-coordinate={coordinate}
        className={inputClass}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={`${id}-hint${errors?.length ? ` ${id}-error` : ""}`}
      />
      <p id={`${id}-hint`} className="mt-1 text-sm text-slate-700">
        {hint}
      </p>
      {errors?.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export function LocationStep({
  kindWord,
  category,
  values,
  errors,
  required,
}: {
  /** The kind as the address names it (lib/reports/url-words.ts), e.g. "MELDING". */
  kindWord: string;
  category: string;
  values: { adres?: string; lat?: string; lng?: string };
  errors: FieldErrors;
  required: boolean;
}) {
  const messages = Object.entries(errors);
  const anchor: Record<string, string> = { addressText: "adres", latitude: "lat", longitude: "lng" };
  return (
    <form method="get" action="/melden" className="space-y-5" aria-label="Plaats van de melding">
      {messages.length > 0 && (
        <div role="alert" className="rounded-md border-l-4 border-red-700 bg-red-50 p-4 text-red-900">
          <p className="font-semibold">Controleer de plaats:</p>
          <ul className="list-disc pl-5">
            {messages.map(([field, list]) => (
              <li key={field}>
                <a href={`#${anchor[field] ?? "adres"}`}>{list.join(" ")}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <input type="hidden" name="soort" value={kindWord} />
      <input type="hidden" name="categorie" value={category} />
      <input type="hidden" name="plaats" value="1" />
      <p>
        {required
          ? "Geef een adres, gebruik je locatie of kies een plek op de kaart. Eén van de drie volstaat."
          : "Weet je waar het is? Geef dan een adres of een plek op de kaart."}
      </p>
      <Field
        id="adres"
        name="adres"
        label="Adres of plaatsomschrijving"
        hint="Bijvoorbeeld: Stationsstraat 12, Zwevezele of: aan de kerk van Doomkerke."
        value={values.adres}
        errors={errors.addressText}
        autoComplete="street-address"
      />
      <LocateButton />
      <MapPicker />
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 font-semibold">Coördinaten</legend>
        <Field
          id="lat"
          name="lat"
          label="Breedtegraad"
          hint="Bijvoorbeeld 51.0561"
          value={values.lat}
          errors={errors.latitude}
          inputMode="decimal"
          coordinate="latitude"
        />
        <Field
          id="lng"
          name="lng"
          label="Lengtegraad"
          hint="Bijvoorbeeld 3.2739"
          value={values.lng}
          errors={errors.longitude}
          inputMode="decimal"
          coordinate="longitude"
        />
      </fieldset>
      <button type="submit" className={buttonClass()}>
        Verder
      </button>
    </form>
  );
}
