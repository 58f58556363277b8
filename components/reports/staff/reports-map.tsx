"use client";
// Open reports on a Leaflet map for the staff inbox. The list under it holds the same reports,
// so nothing depends on the map (or its tiles) loading.
import "leaflet/dist/leaflet.css";
import { useEffect, useRef, useState } from "react";
import { createBaseMap } from "@/components/ui/map/base-map";
import { MUNICIPALITY_CENTRE } from "@/lib/be/geo";

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
  const [tilesFailed, setTilesFailed] = useState(false);
  useEffect(() => {
    let cancelled = false;
    let cleanup = () => {};
    void import("leaflet").then((L) => {
      if (cancelled || !container.current) return;
      const map = createBaseMap(L, container.current, { centre: MUNICIPALITY_CENTRE, zoom: 12 }, () =>
        setTilesFailed(true),
      );
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
    <div>
      {tilesFailed && (
        <p className="mb-2 text-slate-700" role="status">
          De achtergrondkaart kan nu niet laden; de meldingen staan ook in de lijst hieronder.
        </p>
      )}
      <div
        ref={container}
        role="region"
        aria-label="Kaart met open meldingen (dezelfde meldingen staan in de lijst)"
        className="h-96 w-full rounded-md border border-slate-400 bg-slate-100"
      />
    </div>
  );
}
