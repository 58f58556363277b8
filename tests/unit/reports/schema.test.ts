import { describe, expect, it } from "vitest";
import { locationSchema, reportSchema } from "@/lib/reports/schema";

const valid = {
  kind: "ISSUE",
  category: "straatverlichting",
  description: "De lamp aan de kerk brandt niet.",
  addressText: "",
  latitude: "51.0561",
  longitude: "3.2739",
  name: "Lies",
  email: "Lies@Example.be",
  locationRequired: "1",
};

const errorsOf = (input: Record<string, string>) => {
  const r = reportSchema.safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("report form schema", () => {
  it("accepts a report in Wingene and normalises it", () => {
    const r = reportSchema.parse({ ...valid, latitude: "51,0561" });
    expect(r.latitude).toBe(51.0561);
    expect(r.email).toBe("lies@example.be");
    expect(r.addressText).toBeUndefined();
  });

  it("refuses a location outside the municipality with a Dutch message on the field", () => {
    expect(errorsOf({ ...valid, latitude: "50.8467", longitude: "4.3525" }).latitude).toMatch(
      /niet in Wingene/,
    );
    expect(errorsOf({ ...valid, latitude: "0", longitude: "0" }).latitude).toMatch(/niet in Wingene/);
  });

  it("wants both coordinates or none, as numbers", () => {
    expect(errorsOf({ ...valid, longitude: "" }).longitude).toMatch(/zowel/);
    expect(errorsOf({ ...valid, latitude: "noord" }).latitude).toMatch(/getal/);
  });

  it("needs a location for categories that require one, an address is enough", () => {
    expect(errorsOf({ ...valid, latitude: "", longitude: "" }).addressText).toMatch(/adres/);
    expect(errorsOf({ ...valid, latitude: "", longitude: "", addressText: "Markt 1, Wingene" })).toEqual({});
    expect(errorsOf({ ...valid, latitude: "", longitude: "", locationRequired: "" })).toEqual({});
  });

  it("refuses empty or whitespace-only descriptions and a filled honeypot", () => {
    expect(errorsOf({ ...valid, description: "        " }).description).toMatch(/minstens 10/);
    expect(errorsOf({ ...valid, website: "http://spam" }).website).toBe("Laat dit veld leeg.");
  });

  it("uses the same location rules in the location step", () => {
    expect(locationSchema.safeParse({ latitude: "52", longitude: "3.27" }).success).toBe(false);
    expect(locationSchema.safeParse({ latitude: "51.04", longitude: "3.39" }).success).toBe(true);
  });
});
