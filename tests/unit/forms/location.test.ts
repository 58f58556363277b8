import { describe, expect, it } from "vitest";
import { LOCATION_MESSAGES, locationSchema, pointOf } from "@/lib/forms/location";

const issues = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("the location field's schema", () => {
  it("reads coordinates as people type them, with a comma or a point", () => {
    const place = locationSchema().parse({ text: " Markt 1 ", latitude: "51,0561", longitude: "3.2739" });
    expect(place).toEqual({ text: "Markt 1", latitude: 51.0561, longitude: 3.2739 });
    expect(pointOf(place)).toEqual({ latitude: 51.0561, longitude: 3.2739 });
  });

  it("takes an empty field as no place at all when the place is optional", () => {
    expect(locationSchema().parse({ text: "", latitude: "", longitude: "" })).toEqual({});
    expect(locationSchema().parse(undefined)).toEqual({});
  });

  it("wants both coordinates or none, as numbers, inside the municipality", () => {
    expect(issues(locationSchema().safeParse({ latitude: "51.05" }))).toEqual({
      longitude: LOCATION_MESSAGES.bothOrNone,
    });
    expect(issues(locationSchema().safeParse({ latitude: "noord", longitude: "3.2" })).latitude).toMatch(
      /getal/,
    );
    expect(issues(locationSchema().safeParse({ latitude: "0", longitude: "0" }))).toEqual({
      latitude: LOCATION_MESSAGES.outside,
    });
  });

  it("needs the text or a point when required, and either one is enough", () => {
    const required = locationSchema({ required: true });
    expect(issues(required.safeParse({ text: "  " }))).toEqual({ text: LOCATION_MESSAGES.required });
    expect(required.safeParse({ text: "aan de kerk van Doomkerke" }).success).toBe(true);
    expect(required.safeParse({ latitude: "51.04", longitude: "3.39" }).success).toBe(true);
  });

  it("checks a pin against other bounds when a form gives them", () => {
    const brussels = { south: 50.8, north: 50.9, west: 4.3, east: 4.4 };
    expect(
      locationSchema({ bounds: brussels }).safeParse({ latitude: "50.85", longitude: "4.35" }).success,
    ).toBe(true);
  });
});
