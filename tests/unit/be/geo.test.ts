import { describe, expect, it } from "vitest";
import { boxAround, distanceMetres, MUNICIPALITY_CENTRE, withinBounds } from "@/lib/be/geo";

describe("distanceMetres (haversine)", () => {
  it("is zero for the same point and symmetric", () => {
    const a = { latitude: 51.0561, longitude: 3.2739 };
    const b = { latitude: 51.0428, longitude: 3.2093 };
    expect(distanceMetres(a, a)).toBe(0);
    expect(distanceMetres(a, b)).toBeCloseTo(distanceMetres(b, a), 6);
  });

  it("measures one degree of latitude as about 111.2 km", () => {
    expect(distanceMetres({ latitude: 51, longitude: 3 }, { latitude: 52, longitude: 3 })).toBeCloseTo(
      111_195,
      -1,
    );
  });

  it("shrinks a degree of longitude with the cosine of the latitude", () => {
    const d = distanceMetres({ latitude: 51, longitude: 3 }, { latitude: 51, longitude: 4 });
    expect(d).toBeGreaterThan(69_900);
    expect(d).toBeLessThan(70_100);
  });

  it("puts Wingene town hall and Ruiselede church about 8 km apart", () => {
    const d = distanceMetres(MUNICIPALITY_CENTRE, { latitude: 51.0404, longitude: 3.3958 });
    expect(d).toBeGreaterThan(8_000);
    expect(d).toBeLessThan(9_000);
  });
});

describe("withinBounds", () => {
  it("accepts Wingene, Zwevezele, Ruiselede and Doomkerke", () => {
    for (const p of [
      MUNICIPALITY_CENTRE,
      { latitude: 51.0428, longitude: 3.2093 },
      { latitude: 51.0404, longitude: 3.3958 },
      { latitude: 51.0708, longitude: 3.4152 },
    ])
      expect(withinBounds(p)).toBe(true);
  });

  it("refuses Brugge, Brussels and the zero point", () => {
    for (const p of [
      { latitude: 51.2093, longitude: 3.2247 },
      { latitude: 50.8467, longitude: 4.3525 },
      { latitude: 0, longitude: 0 },
    ])
      expect(withinBounds(p)).toBe(false);
  });
});

describe("boxAround", () => {
  it("contains every point within the radius", () => {
    const box = boxAround(MUNICIPALITY_CENTRE, 100);
    const east = { latitude: MUNICIPALITY_CENTRE.latitude, longitude: box.east };
    const north = { latitude: box.north, longitude: MUNICIPALITY_CENTRE.longitude };
    expect(distanceMetres(MUNICIPALITY_CENTRE, east)).toBeGreaterThanOrEqual(100);
    expect(distanceMetres(MUNICIPALITY_CENTRE, north)).toBeGreaterThanOrEqual(100);
  });
});
