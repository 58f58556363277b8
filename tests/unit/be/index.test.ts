import { describe, it, expect } from "vitest";
import * as be from "@/lib/be";

describe("lib/be barrel", () => {
  it("re-exports every helper", () => {
    for (const name of [
      "ogmFromBase",
      "isValidOgm",
      "normalizeOgm",
      "parseNationalRegisterNumber",
      "isValidNationalRegisterNumber",
      "formatNationalRegisterNumber",
      "maskNationalRegisterNumber",
      "formatEuro",
      "parseEuroToCents",
      "brusselsParts",
      "brusselsInstant",
      "startOfBrusselsDay",
      "addBrusselsDays",
      "minutesInBrusselsDay",
      "formatDate",
      "formatTime",
      "formatDateTime",
      "formatLongDate",
      "formatMinutes",
      "formatAddress",
    ] as const) {
      expect(typeof be[name], name).toBe("function");
    }
    expect(be.BRUSSELS).toBe("Europe/Brussels");
    expect(be.nationalRegisterNumberSchema.parse("85.07.30-123.35")).toBe("85073012335");
    expect(be.postcodeSchema.parse("8750")).toBe("8750");
  });
});
