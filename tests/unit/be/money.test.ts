import { describe, it, expect } from "vitest";
import { formatEuro, parseEuroToCents } from "@/lib/be/money";

const NBSP = "\u00a0";

describe("formatEuro", () => {
  it("formats in nl-BE with a no-break space after the euro sign", () => {
    expect(formatEuro(1250)).toBe(`€${NBSP}12,50`);
    expect(formatEuro(125000)).toBe(`€${NBSP}1.250,00`);
    expect(formatEuro(5)).toBe(`€${NBSP}0,05`);
    expect(formatEuro(123456789)).toBe(`€${NBSP}1.234.567,89`);
    expect(formatEuro(1250)).not.toContain(" ");
  });

  it("puts the minus sign after the euro sign, as Intl nl-BE does", () => {
    expect(formatEuro(-300)).toBe(`€${NBSP}-3,00`);
    expect(formatEuro(-1)).toBe(`€${NBSP}-0,01`);
  });

  it("never prints negative zero", () => {
    expect(formatEuro(0)).toBe(`€${NBSP}0,00`);
    expect(formatEuro(-0)).toBe(`€${NBSP}0,00`);
  });

  it("stays exact for the largest safe amount", () => {
    expect(formatEuro(Number.MAX_SAFE_INTEGER)).toBe(`€${NBSP}90.071.992.547.409,91`);
  });

  it("throws on non-integer cents", () => {
    expect(() => formatEuro(12.5)).toThrow(RangeError);
    expect(() => formatEuro(Number.NaN)).toThrow(RangeError);
    expect(() => formatEuro(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe("parseEuroToCents", () => {
  it("accepts the common ways people type amounts", () => {
    expect(parseEuroToCents("12,50")).toBe(1250);
    expect(parseEuroToCents("12.50")).toBe(1250);
    expect(parseEuroToCents("€ 12,50")).toBe(1250);
    expect(parseEuroToCents("€12,50")).toBe(1250);
    expect(parseEuroToCents("12,50 €")).toBe(1250);
    expect(parseEuroToCents("EUR 12,50")).toBe(1250);
    expect(parseEuroToCents("1.250,00")).toBe(125000);
    expect(parseEuroToCents("1250")).toBe(125000);
    expect(parseEuroToCents("  7 ")).toBe(700);
    expect(parseEuroToCents("12,5")).toBe(1250);
    expect(parseEuroToCents("0,05")).toBe(5);
  });

  it("reads a dot followed by three digits as a thousands separator", () => {
    expect(parseEuroToCents("1.250")).toBe(125000);
    expect(parseEuroToCents("1.234.567")).toBe(123456700);
  });

  it("round-trips formatEuro output, including NBSP and negatives", () => {
    for (const cents of [0, 1, 99, 1250, 125000, 123456789, -300]) {
      expect(parseEuroToCents(formatEuro(cents))).toBe(cents);
    }
    expect(parseEuroToCents("-0,00")).toBe(0);
    expect(Object.is(parseEuroToCents("-0,00"), -0)).toBe(false);
  });

  it("rejects more than two decimals", () => {
    expect(parseEuroToCents("12,505")).toBeNull();
    expect(parseEuroToCents("1.250,001")).toBeNull();
  });

  it("rejects garbage and malformed grouping", () => {
    for (const input of [
      "",
      " ",
      "€",
      "abc",
      "12,50abc",
      "12,,50",
      "1,2,3",
      "12,",
      ",50",
      "1.2345",
      "12.345.6",
      "1.25.000",
      "1,250.00",
      "--5",
      "+5",
      "1e3",
      "12 50",
    ]) {
      expect(parseEuroToCents(input), input).toBeNull();
    }
  });

  it("rejects amounts beyond safe integer cents", () => {
    expect(parseEuroToCents("99999999999999999")).toBeNull();
  });
});
