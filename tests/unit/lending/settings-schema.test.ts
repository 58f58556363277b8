// The uitleendienst's settings as staff type them: the delivery area as postcodes separated by
// commas or spaces (Belgian, four digits, duplicates dropped), the delivery price in euros to cents,
// and a borrower category's bounds, each refused with its Dutch message on the field.
import { describe, expect, it } from "vitest";
import { parsePostcodes } from "@/lib/lending/delivery";
import { categorySchema, deliverySettingsSchema } from "@/lib/lending/item-schema";
import { lendingMessages } from "@/lib/lending/messages";

const errorsOf = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("parsePostcodes", () => {
  it("reads postcodes separated by commas, semicolons, spaces and line breaks, in the order typed", () => {
    expect(parsePostcodes("8750, 8755;8760\n 8700")).toEqual({ postcodes: ["8750", "8755", "8760", "8700"] });
  });

  it("drops a postcode typed twice", () => {
    expect(parsePostcodes("8750 8755 8750,8755")).toEqual({ postcodes: ["8750", "8755"] });
  });

  it("names the first entry that is not a Belgian postcode: too short, a leading zero, letters, five digits", () => {
    expect(parsePostcodes("8750, 875")).toEqual({ invalid: "875" });
    expect(parsePostcodes("0750")).toEqual({ invalid: "0750" });
    expect(parsePostcodes("8750 B-8755")).toEqual({ invalid: "B-8755" });
    expect(parsePostcodes("87500")).toEqual({ invalid: "87500" });
  });

  it("cuts a long wrong entry to 20 characters for the message", () => {
    expect(parsePostcodes("x".repeat(300))).toEqual({ invalid: "x".repeat(20) });
  });

  it("says when nothing but separators was typed", () => {
    expect(parsePostcodes(" , ;  ")).toEqual({ empty: true });
  });
});

describe("the delivery settings form", () => {
  it("stores the price typed as 12,50 as 1250 cents and the postcodes as a list without duplicates", () => {
    expect(
      deliverySettingsSchema.parse({ deliveryPrice: "12,50", deliveryPostcodes: "8750, 8755 8750" }),
    ).toEqual({ deliveryPrice: 1250, deliveryPostcodes: ["8750", "8755"] });
    expect(
      deliverySettingsSchema.parse({ deliveryPrice: "€ 60", deliveryPostcodes: "8750" }).deliveryPrice,
    ).toBe(6000);
  });

  it("refuses a price that is not an amount, negative or above 1,000 euro, on the price field", () => {
    for (const deliveryPrice of ["twaalf", "-5", "1000,01"])
      expect(
        errorsOf(deliverySettingsSchema.safeParse({ deliveryPrice, deliveryPostcodes: "8750" })),
      ).toEqual({
        deliveryPrice: lendingMessages.deliveryPrice,
      });
  });

  it("refuses an empty area, a wrong postcode (named) and more than 50 postcodes, on the postcodes field", () => {
    const postcodes = (deliveryPostcodes: string) =>
      errorsOf(deliverySettingsSchema.safeParse({ deliveryPrice: "60", deliveryPostcodes }));
    expect(postcodes("  ")).toEqual({ deliveryPostcodes: lendingMessages.postcodesMissing });
    expect(postcodes("8750, 87X0")).toEqual({ deliveryPostcodes: lendingMessages.notAPostcode("87X0") });
    const many = Array.from({ length: 51 }, (_, i) => String(8000 + i)).join(" ");
    expect(postcodes(many)).toEqual({ deliveryPostcodes: lendingMessages.tooManyPostcodes });
  });
});

describe("a borrower category's form", () => {
  const category = (overrides: Record<string, unknown>) =>
    categorySchema.safeParse({
      code: "RESIDENT",
      label: "Inwoner",
      description: "",
      leadWorkingDays: "10",
      horizonMonths: "6",
      ...overrides,
    });

  it("accepts the bounds 0 and 60 working days, 1 and 24 months, with unticked flags as false", () => {
    expect(category({ leadWorkingDays: "0", horizonMonths: "24" }).data).toMatchObject({
      leadWorkingDays: 0,
      horizonMonths: 24,
      forAssociation: false,
      recognisedOnly: false,
      staffOnly: false,
    });
    expect(category({ leadWorkingDays: "60", horizonMonths: "1", staffOnly: "on" }).data).toMatchObject({
      leadWorkingDays: 60,
      horizonMonths: 1,
      staffOnly: true,
    });
  });

  it("refuses an empty name, a lead time past 60 or negative, a horizon of 0 or past 24 months", () => {
    expect(errorsOf(category({ label: "  " }))).toEqual({ label: lendingMessages.categoryLabel });
    expect(errorsOf(category({ leadWorkingDays: "61" }))).toEqual({
      leadWorkingDays: lendingMessages.leadWorkingDays,
    });
    expect(errorsOf(category({ leadWorkingDays: "-1" }))).toEqual({
      leadWorkingDays: lendingMessages.leadWorkingDays,
    });
    expect(errorsOf(category({ horizonMonths: "0" }))).toEqual({
      horizonMonths: lendingMessages.horizonMonths,
    });
    expect(errorsOf(category({ horizonMonths: "25" }))).toEqual({
      horizonMonths: lendingMessages.horizonMonths,
    });
  });
});
