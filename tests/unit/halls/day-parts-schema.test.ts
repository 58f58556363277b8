import { describe, expect, it } from "vitest";
import { dayPartsSchema } from "@/lib/halls/day-parts-schema";

describe("the day parts form", () => {
  it("reads each part in minutes, ordered by start", () => {
    expect(
      dayPartsSchema.parse({
        label_AVOND: "Avond",
        start_AVOND: "18:00",
        end_AVOND: "24:00",
        label_VM: "Voormiddag",
        start_VM: "08:00",
        end_VM: "12:30",
      }),
    ).toEqual([
      { code: "VM", label: "Voormiddag", startMinutes: 480, endMinutes: 750 },
      { code: "AVOND", label: "Avond", startMinutes: 1080, endMinutes: 1440 },
    ]);
  });

  it("explains an end before the start, a bad time and overlapping parts in Dutch", () => {
    const result = dayPartsSchema.safeParse({
      label_VM: "Voormiddag",
      start_VM: "08:00",
      end_VM: "14:00",
      label_NM: "Namiddag",
      start_NM: "13:00",
      end_NM: "12:00",
      label_AV: "A",
      start_AV: "25:00",
      end_AV: "23:00",
    });
    expect(result.error?.issues.map((i) => [i.path[0], i.message])).toEqual(
      expect.arrayContaining([
        ["end_NM", "Het einde ligt voor het begin."],
        ["label_AV", "Geef een naam van 2 tot 40 tekens."],
        ["start_AV", "Vul een uur in zoals 08:00."],
        ["start_NM", "Namiddag overlapt met Voormiddag."],
      ]),
    );
  });
});
