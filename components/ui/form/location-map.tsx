"use client";
// The map of the LocationField: a click, a tap, or Enter on the focused map (at its centre, after
// moving it with the arrow keys) chooses the place; the field's coordinate inputs are the truth.
// Without tiles (offline, blocked) it stays a usable grey map and says so.
import "leaflet/dist/leaflet.css";
import { useEffect, useRef, useState } from "react";
import { MUNICIPALITY_CENTRE } from "@/lib/be/geo";
import { createBaseMap, type LatLng, PIN_STYLE } from "../map/base-map";

export function LocationMap({
  id,
  point,
  onChoose,
}: {
  id: string;
  point: LatLng | null;
  onChoose: (point: LatLng) => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const latest = useRef({ point, onChoose });
  const show = useRef<(point: LatLng | null) => void>(() => {});
  const [tilesFailed, setTilesFailed] = useState(false);

  useEffect(() => {
    latest.current = { point, onChoose };
  });

  useEffect(() => {
    let cancelled = false;
    let cleanup = () => {};
    void import("leaflet").then((L) => {
      if (cancelled || !container.current) return;
      const start = latest.current.point;
      const map = createBaseMap(
        L,
        container.current,
        { centre: start ?? MUNICIPALITY_CENTRE, zoom: start ? 16 : 12 },
        () => setTilesFailed(true),
      );
      const pin = L.circleMarker([0, 0], PIN_STYLE);
      show.current = (p) => {
        if (!p) {
          pin.remove();
          return;
        }
        pin.setLatLng([p.latitude, p.longitude]).addTo(map);
        if (!map.getBounds().contains(pin.getLatLng())) map.setView(pin.getLatLng(), 16);
      };
      show.current(start);
      const choose = ({ lat, lng }: { lat: number; lng: number }) =>
        latest.current.onChoose({ latitude: lat, longitude: lng });
      map.on("click", (event) => choose(event.latlng));
      const onKey = (event: KeyboardEvent) => {
        if (event.target !== map.getContainer() || (event.key !== "Enter" && event.key !== " ")) return;
        event.preventDefault();
        choose(map.getCenter());
      };
      map.getContainer().addEventListener("keydown", onKey);
      cleanup = () => {
        map.getContainer().removeEventListener("keydown", onKey);
        map.remove();
      };
    });
    return () => {
      cancelled = true;
      cleanup();
    };
  }, []);

  useEffect(() => show.current(point), [point]);

  return (
    <div>
      <p id={`${id}-help`} className="mb-2 text-slate-700">
        Klik of tik op de kaart om de plek te kiezen. Met het toetsenbord: verschuif de kaart met de
        pijltjestoetsen en druk op Enter om het midden te kiezen.
      </p>
      {tilesFailed && (
        <p className="mb-2 text-slate-700" role="status">
          De achtergrondkaart kan nu niet laden. Een klik kiest de plek toch; een adres typen kan altijd.
        </p>
      )}
      <div
        ref={container}
        data-testid="location-map"
        role="region"
        aria-label="Kaart om de plek te kiezen"
        aria-describedby={`${id}-help`}
        className="h-72 w-full rounded-md border border-slate-400 bg-slate-100"
      />
    </div>
  );
}
