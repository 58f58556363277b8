import { describe, it, expect } from "vitest";
import {
  formatNationalRegisterNumber,
  isValidNationalRegisterNumber,
  maskNationalRegisterNumber,
  nationalRegisterNumberSchema,
  parseNationalRegisterNumber,
} from "@/lib/be/national-register-number";

// Check digits below were computed independently:
// 97 - (850730123 mod 97) = 35, 97 - ((2000000000 + 030512046) mod 97) = 12, etc.
const MALE_1985 = "85073012335";
const FEMALE_1985 = "85073012434";
const FEMALE_2003 = "03051204612";
const MALE_2003 = "03051204711";
const BIS_SEX_KNOWN = "85473012324"; // month 07 + 40
const BIS_SEX_UNKNOWN = "85273012477"; // month 07 + 20

describe("parseNationalRegisterNumber", () => {
  it("parses a 1985 male number in printed notation", () => {
    expect(parseNationalRegisterNumber("85.07.30-123.35")).toEqual({
      ok: true,
      digits: MALE_1985,
      birthDate: new Date(Date.UTC(1985, 6, 30)),
      sex: "M",
      bis: false,
      century: 1900,
    });
  });

  it("derives sex from the parity of the serial", () => {
    const female = parseNationalRegisterNumber(FEMALE_1985);
    expect(female.ok && female.sex).toBe("V");
  });

  it("uses the 2 000 000 000 rule for births from 2000", () => {
    expect(parseNationalRegisterNumber("03 05 12 046 12")).toEqual({
      ok: true,
      digits: FEMALE_2003,
      birthDate: new Date(Date.UTC(2003, 4, 12)),
      sex: "V",
      bis: false,
      century: 2000,
    });
    const male = parseNationalRegisterNumber(MALE_2003);
    expect(male.ok && male.sex).toBe("M");
  });

  it("accepts BIS numbers (+20 and +40 on the month)", () => {
    for (const nr of [BIS_SEX_KNOWN, BIS_SEX_UNKNOWN]) {
      const result = parseNationalRegisterNumber(nr);
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      expect(result.bis).toBe(true);
      expect(result.birthDate).toEqual(new Date(Date.UTC(1985, 6, 30)));
    }
  });

  it("allows unknown month/day and then returns no birth date", () => {
    const unknownDay = parseNationalRegisterNumber("85070012362");
    expect(unknownDay).toMatchObject({ ok: true, birthDate: null, century: 1900 });
    const unknownAll = parseNationalRegisterNumber("00000000196");
    expect(unknownAll).toMatchObject({ ok: true, birthDate: null, sex: "M" });
  });

  it("checks 29 February against the century", () => {
    // 2000 is a leap year, 1900 is not.
    expect(parseNationalRegisterNumber("00022900145")).toMatchObject({
      ok: true,
      century: 2000,
      birthDate: new Date(Date.UTC(2000, 1, 29)),
    });
    expect(parseNationalRegisterNumber("00022900116")).toEqual({
      ok: false,
      reason: "De geboortedatum in het rijksregisternummer bestaat niet.",
    });
  });

  it("rejects a wrong check digit", () => {
    expect(parseNationalRegisterNumber("85.07.30-123.36")).toEqual({
      ok: false,
      reason: "Het controlegetal klopt niet.",
    });
    expect(isValidNationalRegisterNumber("03051204613")).toBe(false);
  });

  it("rejects wrong lengths and letters", () => {
    const reason = "Het rijksregisternummer moet 11 cijfers bevatten.";
    expect(parseNationalRegisterNumber("8507301233")).toEqual({ ok: false, reason });
    expect(parseNationalRegisterNumber("850730123350")).toEqual({ ok: false, reason });
    expect(parseNationalRegisterNumber("85O7301233S")).toEqual({ ok: false, reason });
    expect(parseNationalRegisterNumber("")).toEqual({ ok: false, reason });
  });

  it("rejects impossible months and dates even with a matching check digit", () => {
    expect(parseNationalRegisterNumber("85130012307")).toMatchObject({ ok: false });
    expect(parseNationalRegisterNumber("85023012397")).toEqual({
      ok: false,
      reason: "De geboortedatum in het rijksregisternummer bestaat niet.",
    });
  });
});

describe("formatting and masking", () => {
  it("formats 11 digits as YY.MM.DD-SSS.CC", () => {
    expect(formatNationalRegisterNumber(MALE_1985)).toBe("85.07.30-123.35");
    expect(formatNationalRegisterNumber("85.07.30-123.35")).toBe("85.07.30-123.35");
    expect(() => formatNationalRegisterNumber("123")).toThrow(RangeError);
  });

  it("masks serial and check digits", () => {
    expect(maskNationalRegisterNumber(MALE_1985)).toBe("85.07.30-***.**");
    expect(maskNationalRegisterNumber("03.05.12-046.12")).toBe("03.05.12-***.**");
    for (const nr of [MALE_1985, FEMALE_2003, BIS_SEX_KNOWN]) {
      const masked = maskNationalRegisterNumber(nr);
      expect(masked).not.toContain(nr.slice(6, 9));
      expect(masked.replace(/\D/g, "")).toBe(nr.slice(0, 6));
    }
  });

  it("reveals nothing for malformed input", () => {
    expect(maskNationalRegisterNumber("8507301233")).toBe("**.**.**-***.**");
    expect(maskNationalRegisterNumber("abc")).toBe("**.**.**-***.**");
  });
});

describe("nationalRegisterNumberSchema", () => {
  it("outputs the bare digits", () => {
    expect(nationalRegisterNumberSchema.parse("85.07.30-123.35")).toBe(MALE_1985);
  });

  it("reports the Dutch reason", () => {
    const result = nationalRegisterNumberSchema.safeParse("85.07.30-123.36");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Het controlegetal klopt niet.");
    expect(nationalRegisterNumberSchema.safeParse(12345678901).success).toBe(false);
  });
});
