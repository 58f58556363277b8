import { describe, expect, it } from "vitest";
import { csvField, decimalComma, toCsv } from "@/lib/csv";

describe("CSV for Belgian Excel", () => {
  it("starts with a byte order mark, separates with semicolons and ends lines with CRLF", () => {
    const csv = toCsv(["Volgnummer", "Categorie"], [["MP-2026-000001", "Groen, bomen en hagen"]]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe("Volgnummer;Categorie\r\nMP-2026-000001;Groen, bomen en hagen\r\n");
  });

  it("quotes fields with semicolons, quotes or line breaks", () => {
    expect(csvField('Lamp "kapot"; al een week')).toBe('"Lamp ""kapot""; al een week"');
    expect(csvField("regel 1\nregel 2")).toBe('"regel 1\nregel 2"');
    expect(csvField(null)).toBe("");
  });

  it("defuses text Excel would run as a formula, but leaves negative numbers alone", () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("-3,25")).toBe("-3,25");
    expect(csvField(-2)).toBe("-2");
  });

  it("writes decimals with a comma", () => {
    expect(decimalComma(51.0567)).toBe("51,056700");
    expect(decimalComma(null)).toBe("");
  });
});
