import { describe, expect, it } from "vitest";
import { determineCategory } from "@/lib/halls/category";
import { quote } from "@/lib/halls/pricing";

const tariffs = [
  { category: "RECOGNISED_ASSOCIATION" as const, unitCents: 5000 },
  { category: "LOCAL_ASSOCIATION" as const, unitCents: 10000 },
  { category: "RESIDENT" as const, unitCents: 15000 },
];

describe("quote", () => {
  it("multiplies the category's unit tariff by the units and keeps the deposit apart", () => {
    expect(quote(tariffs, "RESIDENT", 2, 25000)).toEqual({
      units: 2,
      unitCents: 15000,
      priceCents: 30000,
      depositCents: 25000,
    });
    expect(quote(tariffs, "RECOGNISED_ASSOCIATION", 3, 0)?.priceCents).toBe(15000);
  });

  it("returns null for a category without a tariff for the hall", () => {
    expect(quote(tariffs, "EXTERNAL", 1, 25000)).toBeNull();
  });

  it("refuses zero or fractional units", () => {
    expect(() => quote(tariffs, "RESIDENT", 0, 0)).toThrow(RangeError);
    expect(() => quote(tariffs, "RESIDENT", 1.5, 0)).toThrow(RangeError);
  });
});

describe("determineCategory", () => {
  it("uses the association's recognition when booking for an association, verified or not", () => {
    expect(determineCategory({ association: { recognised: true }, verifiedResident: false })).toBe(
      "RECOGNISED_ASSOCIATION",
    );
    expect(determineCategory({ association: { recognised: false }, verifiedResident: true })).toBe(
      "LOCAL_ASSOCIATION",
    );
  });

  it("makes a person a resident only when staff verified their residence", () => {
    expect(determineCategory({ association: null, verifiedResident: true })).toBe("RESIDENT");
    expect(determineCategory({ association: null, verifiedResident: false })).toBe("EXTERNAL");
  });
});
