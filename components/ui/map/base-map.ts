// The one Leaflet map setup: OpenStreetMap tiles (allowed in the CSP's img-src) over a container,
// with a callback when tiles cannot load. A map only ever helps: every form that has one also has
// fields that work without it, and markers are circles, so no image files need to load.
import type * as Leaflet from "leaflet";

export type LatLng = { latitude: number; longitude: number };

export const PIN_STYLE = { radius: 10, color: "#0b5e3b", weight: 3, fillOpacity: 0.6 } as const;

export function createBaseMap(
  L: typeof Leaflet,
  container: HTMLElement,
  view: { centre: LatLng; zoom: number },
  onTilesFailed: () => void,
): Leaflet.Map {
  const map = L.map(container).setView([view.centre.latitude, view.centre.longitude], view.zoom);
  const tiles = L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", {
    maxZoom: 19,
    attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
  });
  let told = false;
  tiles.on("tileerror", () => {
    if (told) return;
    told = true;
    onTilesFailed();
  });
  tiles.addTo(map);
  return map;
}
