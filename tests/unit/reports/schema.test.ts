import { describe, expect, it } from "vitest";
import { categoryStepSchema, locationStepSchema, reportSchema, reportSchemaFor } from "@/lib/reports/schema";

const valid = {
  kind: "ISSUE",
  category: "straatverlichting",
  description: "De lamp aan de kerk brandt niet.",
  location: { text: "", latitude: "51.0561", longitude: "3.2739" },
  name: "Lies",
  email: "Lies@Example.be",
};

const errorsOf = (schema: typeof reportSchema, input: object) => {
  const r = schema.safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("report form schema", () => {
  it("accepts a report in Wingene and normalises it", () => {
    const r = reportSchema.parse({ ...valid, location: { ...valid.location, latitude: "51,0561" } });
    expect(r.location).toEqual({ text: undefined, latitude: 51.0561, longitude: 3.2739 });
    expect(r.email).toBe("lies@example.be");
  });

  it("refuses a place outside the municipality on the latitude field", () => {
    const brussels = { ...valid, location: { latitude: "50.8467", longitude: "4.3525" } };
    expect(errorsOf(reportSchema, brussels)["location.latitude"]).toMatch(/niet in Wingene/);
  });

  it("needs a place where the category asks for one, and then an address is enough", () => {
    const none = { ...valid, location: { text: "", latitude: "", longitude: "" } };
    expect(errorsOf(reportSchemaFor(true), none)["location.text"]).toMatch(/adres/);
    expect(errorsOf(reportSchemaFor(false), none)).toEqual({});
    expect(errorsOf(reportSchemaFor(true), { ...none, location: { text: "Markt 1, Wingene" } })).toEqual({});
  });

  it("refuses empty or whitespace-only descriptions and a filled honeypot", () => {
    expect(errorsOf(reportSchema, { ...valid, description: "        " }).description).toMatch(/minstens 10/);
    expect(errorsOf(reportSchema, { ...valid, website: "http://spam" }).website).toBe("Laat dit veld leeg.");
  });

  it("uses the same place rules in the location step", () => {
    const step = (location: object) =>
      locationStepSchema(true).safeParse({ kind: "ISSUE", category: "groen", location }).success;
    expect(step({ latitude: "52", longitude: "3.27" })).toBe(false);
    expect(step({ latitude: "51.04", longitude: "3.39" })).toBe(true);
    expect(step({})).toBe(false);
  });

  it("asks for a category in the category step", () => {
    const r = categoryStepSchema.safeParse({ soort: "MELDING", categorie: "" });
    expect(r.error?.issues[0]).toMatchObject({
      path: ["categorie"],
      message: "Kies een categorie uit de lijst.",
    });
  });
});
