"use client";
// "Gebruik mijn locatie": fills the latitude and longitude fields from the browser. Only shown
// when the browser can do it; without JavaScript the fields are typed or picked on the map.
import { useState, useSyncExternalStore } from "react";
import { buttonClass } from "@/components/ui/button-class";

/** The latitude or longitude input of the form on the page (resident or staff form alike). */
export function coordinateInput(axis: "latitude" | "longitude"): HTMLInputElement | null {
  return document.querySelector<HTMLInputElement>(`input[data-coordinate="${axis}"]`);
}

export function setCoordinates(latitude: number, longitude: number) {
  const lat = coordinateInput("latitude");
  const lng = coordinateInput("longitude");
  if (lat) lat.value = latitude.toFixed(6);
  if (lng) lng.value = longitude.toFixed(6);
  window.dispatchEvent(new CustomEvent("meldpunt:coordinates", { detail: { latitude, longitude } }));
}

const noSubscription = () => () => {};

export function LocateButton() {
  // False on the server and without geolocation, so the button never shows where it cannot work.
  const available = useSyncExternalStore(
    noSubscription,
    () => "geolocation" in navigator,
    () => false,
  );
  const [status, setStatus] = useState("");
  if (!available) return <p aria-live="polite" className="sr-only" />;
  return (
    <div>
      <button
        type="button"
        className={buttonClass("secondary")}
        onClick={() => {
          setStatus("We zoeken je locatie…");
          navigator.geolocation.getCurrentPosition(
            (position) => {
              setCoordinates(position.coords.latitude, position.coords.longitude);
              setStatus("Je locatie is ingevuld. Controleer ze hieronder of verplaats de speld.");
            },
            () =>
              setStatus("We konden je locatie niet bepalen. Vul een adres in of kies een plek op de kaart."),
            { enableHighAccuracy: true, timeout: 15_000 },
          );
        }}
      >
        Gebruik mijn locatie
      </button>
      <p aria-live="polite" className="mt-2 text-slate-700">
        {status}
      </p>
    </div>
  );
}
