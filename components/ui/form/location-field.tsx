"use client";
// A place as one field of the kit: an address or description, and optionally a point (latitude,
// longitude) named `<name>.text`, `<name>.latitude`, `<name>.longitude` and read by
// lib/forms/location.ts. People describe the place or pick it on the map, or let the browser give
// their position; the coordinate inputs are tucked away for those who know them. Without
// JavaScript (or without map tiles) the text and the coordinates still work.
import { type ReactNode, useId, useState, useSyncExternalStore } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { buttonClass } from "../button-class";
import type { LatLng } from "../map/base-map";
import { useField } from "./field-shell";
import { LocationMap } from "./location-map";
import { TextField } from "./text-field";
import { useHydrated } from "./use-hydrated";

function pointFrom(lat: unknown, lng: unknown): LatLng | null {
  const n = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? Number(v.replace(",", ".")) : NaN);
  const [latitude, longitude] = [n(lat), n(lng)];
  return Number.isFinite(latitude) && Number.isFinite(longitude) ? { latitude, longitude } : null;
}

const COORDINATES = [
  ["latitude", "Breedtegraad", "51.0561"],
  ["longitude", "Lengtegraad", "3.2739"],
] as const;

const noSubscription = () => () => {};

function useGeolocation(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => "geolocation" in navigator,
    () => false,
  );
}

export function LocationField({
  name,
  legend = "Waar is het?",
  hint,
  required = false,
  textLabel = "Adres of plaatsomschrijving",
  textHint = "Bijvoorbeeld: Stationsstraat 12, Zwevezele of: aan de kerk van Doomkerke.",
}: {
  name: string;
  legend?: ReactNode;
  hint?: ReactNode;
  /**
   * The text or a point is needed (the schema's locationSchema({ required: true })); "depends"
   * when another answer decides (a category), said in the hint.
   */
  required?: boolean | "depends";
  textLabel?: string;
  textHint?: ReactNode;
}) {
  const id = useId();
  const hydrated = useHydrated();
  const canLocate = useGeolocation();
  const { setValue } = useFormContext();
  const latitude = useField(`${name}.latitude`);
  const longitude = useField(`${name}.longitude`);
  const [lat, lng] = useWatch({ name: [`${name}.latitude`, `${name}.longitude`] }) as unknown[];
  const point = pointFrom(lat ?? latitude.initial[0], lng ?? longitude.initial[0]);
  const [status, setStatus] = useState("");
  const coordinateError = latitude.error ?? longitude.error;
  // The coordinates open when an error concerns them, and otherwise stay as the person left them.
  const [open, setOpen] = useState(Boolean(coordinateError));
  const [openedFor, setOpenedFor] = useState(coordinateError);
  if (coordinateError && coordinateError !== openedFor) {
    setOpenedFor(coordinateError);
    setOpen(true);
  }

  const choose = (p: LatLng | null) => {
    const options = { shouldDirty: true, shouldValidate: Boolean(coordinateError) };
    setValue(`${name}.latitude`, p ? p.latitude.toFixed(6) : "", options);
    setValue(`${name}.longitude`, p ? p.longitude.toFixed(6) : "", options);
  };

  const locate = () => {
    setStatus("We zoeken je locatie…");
    navigator.geolocation.getCurrentPosition(
      (position) => {
        choose({ latitude: position.coords.latitude, longitude: position.coords.longitude });
        setStatus("Je locatie is gekozen. Klopt ze niet? Kies de plek op de kaart.");
      },
      () => setStatus("We konden je locatie niet bepalen. Typ een adres of kies de plek op de kaart."),
      { enableHighAccuracy: true, timeout: 15_000 },
    );
  };

  return (
    <fieldset className="space-y-4" aria-describedby={`${id}-hint`}>
      <legend className="text-lg font-semibold">
        {legend}
        {required === false && <span className="font-normal text-slate-700"> (niet verplicht)</span>}
      </legend>
      <p id={`${id}-hint`} className="text-slate-700">
        {hint ??
          (required !== false
            ? "Geef een adres of plaatsomschrijving, of duid de plek aan (op de kaart of met coördinaten). Eén van beide volstaat."
            : "Weet je waar het is? Geef dan een adres, of duid de plek aan op de kaart of met coördinaten.")}
      </p>
      {/* Required as a pair with the point, so the text alone is not marked as required. */}
      <TextField name={`${name}.text`} label={textLabel} hint={textHint} required={false} />
      <details
        open={open}
        onToggle={(event) => setOpen(event.currentTarget.open)}
        className="rounded-md border border-slate-300 p-4"
      >
        <summary className="cursor-pointer font-semibold">Coördinaten zelf invullen</summary>
        <p className="mt-2 text-sm text-slate-700">
          Uit een kaart-app, in decimale graden. Vul beide in, of geen van beide.
        </p>
        <div className="mt-2 grid gap-4 sm:grid-cols-2">
          {COORDINATES.map(([axis, label, example]) => (
            <TextField
              key={axis}
              name={`${name}.${axis}`}
              label={label}
              hint={`Bijvoorbeeld ${example}`}
              inputMode="decimal"
              autoComplete="off"
              required={false}
            />
          ))}
        </div>
      </details>
      {/* What needs JavaScript comes last: it appears when the page comes alive and must not push
          the fields above it away from under a finger or a click. */}
      {hydrated && canLocate && (
        <div>
          <button type="button" className={buttonClass("secondary")} onClick={locate}>
            Gebruik mijn locatie
          </button>
          <p aria-live="polite" className="mt-2 text-slate-700">
            {status}
          </p>
        </div>
      )}
      {hydrated && <LocationMap id={id} point={point} onChoose={choose} />}
      <div aria-live="polite">
        {point && (
          <p className="flex flex-wrap items-center gap-x-3">
            <span>
              Gekozen plek: {point.latitude.toFixed(5)}, {point.longitude.toFixed(5)}
            </span>
            {hydrated && (
              <button type="button" className="font-semibold underline" onClick={() => choose(null)}>
                Plek wissen
              </button>
            )}
          </p>
        )}
      </div>
    </fieldset>
  );
}
