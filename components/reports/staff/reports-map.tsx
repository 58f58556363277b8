"use client";
// Open reports on a Leaflet map for the staff inbox. The table under it lists the same reports,
// so nothing depends on the map loading.
import "leaflet/dist/leaflet.css";
import { useEffect, useRef } from "react";
import { MUNICIPALITY_CENTRE } from "@/lib/reports/geo";

export type MapReport = {
  id: string;
  number: string;
  latitude: number;
  longitude: number;
  label: string;
  overdue: boolean;
};

export function ReportsMap({ reports }: { reports: MapReport[] }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let cancelled = false;
    let cleanup = () => {};
    import("leaflet").then((L) => {
      if (cancelled || !container.current) return;
      const map = L.map(container.current).setView(
        [MUNICIPALITY_CENTRE.latitude, MUNICIPALITY_CENTRE.longitude],
        12,
      );
      L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", {
        maxZoom: 19,
        attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
      }).addTo(map);
      for (const r of reports) {
        const marker = L.circleMarker([r.latitude, r.longitude], {
          radius: r.overdue ? 11 : 8,
          color: r.overdue ? "#b91c1c" : "#0b5e3b",
          weight: 3,
          fillOpacity: 0.6,
        }).addTo(map);
        const link = document.createElement("a");
        link.href = `/beheer/meldpunt/${r.id}`;
        link.textContent = `${r.number}${r.overdue ? " (te laat)" : ""}: ${r.label}`;
        marker.bindPopup(link);
      }
      cleanup = () => map.remove();
    });
    return () => {
      cancelled = true;
      cleanup();
    };
  }, [reports]);
  return (
    <div
      ref={container}
      role="region"
      aria-label="Kaart met open meldingen (dezelfde meldingen staan in de tabel)"
      className="h-96 w-full rounded-md border border-slate-400 bg-slate-100"
    />
  );
}
