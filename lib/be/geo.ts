// Distances on the earth and the area the municipality answers for (the meldpunt, and every form
// that asks for a place). Pure functions, unit-tested.

export type Point = { latitude: number; longitude: number };

const EARTH_RADIUS_M = 6_371_008.8;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in metres (haversine); good to centimetres at municipal scale. */
export function distanceMetres(a: Point, b: Point): number {
  const dLat = rad(b.latitude - a.latitude);
  const dLng = rad(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

export type Bounds = { south: number; north: number; west: number; east: number };

/**
 * Wingene since the 2025 merger: Wingene, Zwevezele, Sint-Jan and Ruiselede-Doomkerke, with about a
 * kilometre of margin so a pin on the border street is not refused.
 */
const MUNICIPALITY_BOUNDS: Bounds = { south: 50.985, north: 51.12, west: 3.14, east: 3.47 };

/** The centre the map opens on (the town hall on the Oude Bruggestraat). */
export const MUNICIPALITY_CENTRE: Point = { latitude: 51.0561, longitude: 3.2739 };

export function withinBounds(point: Point, bounds: Bounds = MUNICIPALITY_BOUNDS): boolean {
  return (
    point.latitude >= bounds.south &&
    point.latitude <= bounds.north &&
    point.longitude >= bounds.west &&
    point.longitude <= bounds.east
  );
}

/** A degree box around a point that certainly contains every point within `metres` (for SQL prefilters). */
export function boxAround(point: Point, metres: number): Bounds {
  const dLat = metres / 111_000;
  const dLng = metres / (111_000 * Math.max(0.1, Math.cos(rad(point.latitude))));
  return {
    south: point.latitude - dLat,
    north: point.latitude + dLat,
    west: point.longitude - dLng,
    east: point.longitude + dLng,
  };
}
