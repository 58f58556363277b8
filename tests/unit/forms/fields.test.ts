import { describe, expect, it } from "vitest";
import { z } from "zod";
import { addressSchema, optionalAddressSchema } from "@/lib/forms/address";
import {
  checkbox,
  choices,
  email,
  euroCents,
  optionalText,
  optionalWholeNumber,
  requiredText,
  wholeNumber,
} from "@/lib/forms/fields";

const messageOf = (result: z.ZodSafeParseResult<unknown>) =>
  result.success ? undefined : result.error.issues[0]?.message;

describe("form field schemas", () => {
  it("requiredText trims, refuses empty and too long, and refuses a NUL byte PostgreSQL cannot store", () => {
    const s = requiredText("Vul je naam in.", { max: 10 });
    expect(s.parse("  An  ")).toBe("An");
    expect(messageOf(s.safeParse("   "))).toBe("Vul je naam in.");
    // Once, not twice: the error summary and the field show every message of a field.
    expect(s.safeParse("").error!.issues.map((i) => i.message)).toEqual(["Vul je naam in."]);
    expect(messageOf(s.safeParse("x".repeat(11)))).toBe("Houd het korter (maximaal 10 tekens).");
    expect(messageOf(s.safeParse("An\u0000"))).toBe("Dit veld bevat een teken dat we niet kunnen bewaren.");
  });

  it("optionalText turns empty into undefined and still limits the length", () => {
    const s = optionalText({ max: 5 });
    expect(s.parse("  ")).toBeUndefined();
    expect(s.parse(undefined)).toBeUndefined();
    expect(s.safeParse("123456").success).toBe(false);
    expect(s.safeParse(" ".repeat(1_000_000)).success).toBe(false);
  });

  it("email lowercases, and refuses addresses longer than SMTP allows", () => {
    expect(email().parse(" An@Example.BE ")).toBe("an@example.be");
    expect(email().safeParse(`${"a".repeat(250)}@x.be`).success).toBe(false);
  });

  it("checkbox reads a ticked box as true and an absent one as false", () => {
    expect(checkbox().parse("on")).toBe(true);
    expect(checkbox().parse(undefined)).toBe(false);
  });

  it("choices always gives an array without duplicates, and only allowed values", () => {
    const s = choices(["VM", "NM", "AV"] as const);
    expect(s.parse("VM")).toEqual(["VM"]);
    expect(s.parse(["VM", "NM", "VM", ""])).toEqual(["VM", "NM"]);
    expect(s.parse(undefined)).toEqual([]);
    expect(s.safeParse(["XX"]).success).toBe(false);
  });

  it("wholeNumber refuses decimals, words and numbers past the limits or the integer range", () => {
    const s = wholeNumber({ min: 1, max: 400, message: "Kies 1 tot 400." });
    expect(s.parse(" 40 ")).toBe(40);
    for (const bad of ["4.5", "veertig", "0", "401", "99999999999999999999"])
      expect(messageOf(s.safeParse(bad))).toBe("Kies 1 tot 400.");
    expect(optionalWholeNumber({ min: 1, max: 26, message: "m", fallback: 1 }).parse("")).toBe(1);
  });

  it("euroCents reads amounts as people type them and refuses what is out of range", () => {
    const s = euroCents({ max: 100_000, message: "Vul een bedrag in." });
    expect(s.parse("12,50")).toBe(1250);
    expect(s.parse("€ 1.000")).toBe(100_000);
    expect(messageOf(s.safeParse("-5"))).toBe("Vul een bedrag in.");
    expect(messageOf(s.safeParse("1.000,01"))).toBe("Vul een bedrag in.");
  });

  it("an address needs street, number, postcode and city, and a Belgian postcode", () => {
    const result = addressSchema().safeParse({ street: "Markt", postcode: "87500", city: "Wingene" });
    expect(result.success).toBe(false);
    const paths = result.success ? [] : result.error.issues.map((i) => i.path.join("."));
    expect(paths.sort()).toEqual(["houseNumber", "postcode"]);
    expect(
      addressSchema().parse({
        street: "Oude Bruggestraat",
        houseNumber: "13",
        postcode: "8750",
        city: "Wingene",
      }),
    ).toEqual({ street: "Oude Bruggestraat", houseNumber: "13", postcode: "8750", city: "Wingene" });
  });

  it("an optional address may be left empty entirely, but not half", () => {
    expect(optionalAddressSchema().parse({ street: "", city: "" })).toBeNull();
    expect(optionalAddressSchema().parse(undefined)).toBeNull();
    expect(optionalAddressSchema().safeParse({ street: "Markt" }).success).toBe(false);
  });
});
