import { describe, it, expect } from "vitest";
import { isValidOgm, normalizeOgm, ogmFromBase } from "@/lib/be/ogm";

describe("ogmFromBase", () => {
  it("builds the documented examples", () => {
    expect(ogmFromBase("0123456789")).toBe("+++012/3456/78939+++");
    expect(ogmFromBase(1234567890)).toBe("+++123/4567/89002+++");
    expect(ogmFromBase(0)).toBe("+++000/0000/00097+++");
  });

  it("gives the same result for number, bigint and string bases", () => {
    expect(ogmFromBase(123456789)).toBe("+++012/3456/78939+++");
    expect(ogmFromBase(123456789n)).toBe("+++012/3456/78939+++");
    expect(ogmFromBase("0000000000")).toBe("+++000/0000/00097+++");
  });

  it("uses 97 when the base is a multiple of 97", () => {
    expect(ogmFromBase(97)).toBe("+++000/0000/09797+++");
  });

  it("is exact for the largest base", () => {
    // 9999999999 mod 97 = 48; a float-based implementation could get this wrong.
    expect(9_999_999_999n % 97n).toBe(48n);
    expect(ogmFromBase(9_999_999_999)).toBe("+++999/9999/99948+++");
  });

  it("throws RangeError for out-of-range or malformed bases", () => {
    expect(() => ogmFromBase(-1)).toThrow(RangeError);
    expect(() => ogmFromBase(10_000_000_000)).toThrow(RangeError);
    expect(() => ogmFromBase(10_000_000_000n)).toThrow(RangeError);
    expect(() => ogmFromBase(1.5)).toThrow(RangeError);
    expect(() => ogmFromBase(Number.NaN)).toThrow(RangeError);
    expect(() => ogmFromBase("12345678901")).toThrow(RangeError);
    expect(() => ogmFromBase("12a")).toThrow(RangeError);
    expect(() => ogmFromBase("")).toThrow(RangeError);
    expect(() => ogmFromBase("-5")).toThrow(RangeError);
  });
});

describe("isValidOgm / normalizeOgm", () => {
  it("accepts the usual notations", () => {
    for (const input of [
      "+++012/3456/78939+++",
      "***012/3456/78939***",
      "012345678939",
      " 012 3456 78939 ",
      "012/3456/78939",
    ]) {
      expect(isValidOgm(input)).toBe(true);
      expect(normalizeOgm(input)).toBe("+++012/3456/78939+++");
    }
  });

  it("rejects wrong check digits", () => {
    expect(isValidOgm("+++012/3456/78938+++")).toBe(false);
    expect(isValidOgm("+++123/4567/89003+++")).toBe(false);
    // remainder 0 must be written as 97, never 00
    expect(isValidOgm("+++000/0000/00000+++")).toBe(false);
    expect(normalizeOgm("+++012/3456/78938+++")).toBeNull();
  });

  it("rejects wrong lengths", () => {
    expect(isValidOgm("+++012/3456/7893+++")).toBe(false);
    expect(isValidOgm("0123456789390")).toBe(false);
    expect(isValidOgm("")).toBe(false);
    expect(isValidOgm("+++//+++")).toBe(false);
  });

  it("rejects letters and other separators", () => {
    expect(isValidOgm("+++O12/3456/78939+++")).toBe(false);
    expect(isValidOgm("+++012-3456-78939+++")).toBe(false);
    expect(isValidOgm("+++012.3456.78939+++")).toBe(false);
    expect(normalizeOgm("abc")).toBeNull();
  });

  it("round-trips generated OGMs", () => {
    for (const base of [0, 1, 96, 97, 98, 123456789, 8_750_000_001, 9_999_999_999]) {
      const ogm = ogmFromBase(base);
      expect(ogm).toMatch(/^\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+$/);
      expect(isValidOgm(ogm)).toBe(true);
      expect(normalizeOgm(ogm.replace(/\D/g, ""))).toBe(ogm);
    }
  });
});
