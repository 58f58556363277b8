"use client";
// A Leaflet map with OpenStreetMap tiles to drop a pin: it only fills the latitude and longitude
// fields next to it. Without JavaScript, or when the tiles cannot load, those fields still work.
import "leaflet/dist/leaflet.css";
import { useEffect, useRef, useState } from "react";
import { MUNICIPALITY_CENTRE } from "@/lib/reports/geo";
import { coordinateInput, setCoordinates } from "./locate-button";

function readField(axis: "latitude" | "longitude"): number | null {
  const value = coordinateInput(axis)?.value.replace(",", ".");
  const n = value ? Number(value) : NaN;
  return Number.isFinite(n) ? n : null;
}

export function MapPicker() {
  const container = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let cancelled = false;
    let cleanup = () => {};
    import("leaflet").then((L) => {
      if (cancelled || !container.current) return;
      const lat = readField("latitude");
      const lng = readField("longitude");
      const start: [number, number] =
        lat !== null && lng !== null
          ? [lat, lng]
          : [MUNICIPALITY_CENTRE.latitude, MUNICIPALITY_CENTRE.longitude];
      const map = L.map(container.current).setView(start, lat !== null ? 16 : 12);
      L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", {
        maxZoom: 19,
        attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
      }).addTo(map);
      // A circle marker needs no image files, so nothing breaks when assets are bundled.
      const pin = L.circleMarker(start, { radius: 10, color: "#0b5e3b", weight: 3, fillOpacity: 0.6 });
      if (lat !== null && lng !== null) pin.addTo(map);
      map.on("click", (event) => {
        pin.setLatLng(event.latlng).addTo(map);
        setCoordinates(event.latlng.lat, event.latlng.lng);
      });
      const onCoordinates = (event: Event) => {
        const { latitude, longitude } = (event as CustomEvent<{ latitude: number; longitude: number }>)
          .detail;
        pin.setLatLng([latitude, longitude]).addTo(map);
        map.setView([latitude, longitude], 16);
      };
      window.addEventListener("meldpunt:coordinates", onCoordinates);
      setReady(true);
      cleanup = () => {
        window.removeEventListener("meldpunt:coordinates", onCoordinates);
        map.remove();
      };
    });
    return () => {
      cancelled = true;
      cleanup();
    };
  }, []);

  return (
    <div>
      <p id="map-help" className="mb-2 text-slate-700">
        {ready
          ? "Klik of tik op de kaart om een speld te plaatsen; de coördinaten hieronder worden dan ingevuld."
          : "Je kunt de coördinaten ook zelf intypen."}
      </p>
      <div
        ref={container}
        data-testid="report-map"
        aria-label="Kaart om de plaats te kiezen"
        aria-describedby="map-help"
        role="region"
        className="h-72 w-full rounded-md border border-slate-400 bg-slate-100"
      />
    </div>
  );
}
