"use client";
// A place as one field of the kit: an address or description, and optionally a point (latitude,
// longitude) named `<name>.text`, `<name>.latitude`, `<name>.longitude` and read by
// lib/forms/location.ts. People type the address or pick the place on the map, or let the browser
// give their position. The point travels in hidden fields: residents never see or type raw
// coordinates. Without JavaScript (no map, no position) the address is the way to say where.
import { type ReactNode, useId, useState, useSyncExternalStore } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { buttonClass } from "../button-class";
import type { LatLng } from "../map/base-map";
import { ErrorText, useField } from "./field-shell";
import { LocationMap } from "./location-map";
import { TextField } from "./text-field";
import { useHydrated } from "./use-hydrated";

function pointFrom(lat: unknown, lng: unknown): LatLng | null {
  const n = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? Number(v.replace(",", ".")) : NaN);
  const [latitude, longitude] = [n(lat), n(lng)];
  return Number.isFinite(latitude) && Number.isFinite(longitude) ? { latitude, longitude } : null;
}

const asText = (v: unknown) => (typeof v === "string" ? v : "");

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
  textHint = "Straat en huisnummer, bijvoorbeeld: Stationsstraat 12, Zwevezele. Of: aan de kerk van Doomkerke.",
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
  // Registered without an element: the map and the position write the point with setValue.
  latitude.register();
  longitude.register();
  const [lat, lng] = useWatch({ name: [`${name}.latitude`, `${name}.longitude`] }) as unknown[];
  const point = pointFrom(lat ?? latitude.initial[0], lng ?? longitude.initial[0]);
  const [status, setStatus] = useState("");
  const coordinateError = latitude.error ?? longitude.error;

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

  // Only what this page can offer is asked for: the map and the position need JavaScript.
  const orPoint = hydrated ? ", of duid de plek aan op de kaart" : "";
  return (
    <fieldset className="space-y-4" aria-describedby={`${id}-hint`}>
      <legend className="text-lg font-semibold">
        {legend}
        {required === false && <span className="font-normal text-slate-700"> (niet verplicht)</span>}
      </legend>
      <p id={`${id}-hint`} className="text-slate-700">
        {hint ??
          (required === true
            ? `Verplicht: geef een adres of plaatsomschrijving${orPoint}.${hydrated ? " Eén van beide volstaat." : ""}`
            : `${required === false ? "Weet je waar het is? Geef dan" : "Geef"} een adres of plaatsomschrijving${orPoint}.`)}
      </p>
      {/* Required as a pair with the point, so the text alone is not marked as required. */}
      <TextField name={`${name}.text`} label={textLabel} hint={textHint} required={false} />
      {/* Controlled from the form's values: a hidden input's defaultValue is its value, so React
          would put the default back on every render and lose the chosen point. */}
      <input type="hidden" name={`${name}.latitude`} value={asText(lat ?? latitude.initial[0])} />
      <input type="hidden" name={`${name}.longitude`} value={asText(lng ?? longitude.initial[0])} />
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
      {/* The error summary links here (the point's own fields are hidden). */}
      <div id={latitude.id} tabIndex={-1} aria-live="polite">
        {point && (
          <p id={longitude.id} className="flex flex-wrap items-center gap-x-3">
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
        <ErrorText id={latitude.errorId ?? longitude.errorId} error={coordinateError} />
      </div>
    </fieldset>
  );
}
