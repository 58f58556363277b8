import { describe, it, expect } from "vitest";
import { formatAddress, postcodeSchema } from "@/lib/be/address";

describe("formatAddress", () => {
  it("includes the box with the Flemish 'bus' label", () => {
    expect(
      formatAddress({
        street: "Oude Bruggestraat",
        houseNumber: "13",
        box: "2",
        postcode: "8750",
        city: "Wingene",
      }),
    ).toBe("Oude Bruggestraat 13 bus 2, 8750 Wingene");
  });

  it("omits the box when absent, null or blank", () => {
    const base = { street: "Kerkstraat", houseNumber: "1A", postcode: "8750", city: "Zwevezele" };
    expect(formatAddress(base)).toBe("Kerkstraat 1A, 8750 Zwevezele");
    expect(formatAddress({ ...base, box: null })).toBe("Kerkstraat 1A, 8750 Zwevezele");
    expect(formatAddress({ ...base, box: "  " })).toBe("Kerkstraat 1A, 8750 Zwevezele");
  });

  it("trims stray whitespace from form input", () => {
    expect(
      formatAddress({
        street: " Oude Bruggestraat ",
        houseNumber: " 13 ",
        box: " 2 ",
        postcode: " 8750 ",
        city: " Wingene ",
      }),
    ).toBe("Oude Bruggestraat 13 bus 2, 8750 Wingene");
  });
});

describe("postcodeSchema", () => {
  it("accepts 1000-9999", () => {
    expect(postcodeSchema.parse("8750")).toBe("8750");
    expect(postcodeSchema.parse("1000")).toBe("1000");
    expect(postcodeSchema.parse("9999")).toBe("9999");
    expect(postcodeSchema.parse(" 8750 ")).toBe("8750");
  });

  it("rejects anything else with the Dutch message", () => {
    for (const input of ["0999", "875", "87500", "87a0", "", "B-8750"]) {
      const result = postcodeSchema.safeParse(input);
      expect(result.success, input).toBe(false);
      expect(result.error?.issues[0]?.message).toBe("Een Belgische postcode heeft 4 cijfers.");
    }
  });
});
