import { describe, expect, it } from "vitest";
import { dayPartsSchema } from "@/lib/halls/schema/day-parts";

describe("the day parts form", () => {
  it("reads each part in minutes, ordered by start", () => {
    expect(
      dayPartsSchema.parse({
        parts: {
          AVOND: { label: "Avond", start: "18:00", end: "24:00" },
          VM: { label: "Voormiddag", start: "08:00", end: "12:30" },
        },
      }),
    ).toEqual([
      { code: "VM", label: "Voormiddag", startMinutes: 480, endMinutes: 750 },
      { code: "AVOND", label: "Avond", startMinutes: 1080, endMinutes: 1440 },
    ]);
  });

  it("explains an end before the start, a bad time and overlapping parts in Dutch", () => {
    const result = dayPartsSchema.safeParse({
      parts: {
        VM: { label: "Voormiddag", start: "08:00", end: "14:00" },
        NM: { label: "Namiddag", start: "13:00", end: "12:00" },
        AV: { label: "A", start: "25:00", end: "23:00" },
      },
    });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual(
      expect.arrayContaining([
        ["parts.NM.end", "Het einde ligt voor het begin."],
        ["parts.AV.label", "Geef een naam van 2 tot 40 tekens."],
        ["parts.AV.start", "Vul een uur in zoals 08:00."],
        ["parts.NM.start", "Namiddag overlapt met Voormiddag."],
      ]),
    );
  });
});
