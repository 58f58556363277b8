import { describe, expect, it } from "vitest";
import { normaliseIban } from "@/lib/be/iban";
import { normalisePlate } from "@/lib/be/vehicle-plate";
import { prefill, withOptions } from "@/lib/form-engine";
import { container } from "./fixture";

describe("Belgian formats of the engine's fields", () => {
  it("checks IBAN check digits", () => {
    expect(normaliseIban("BE68 5390 0754 7034")).toBe("BE68539007547034");
    expect(normaliseIban("BE68 5390 0754 7035")).toBeNull();
    expect(normaliseIban("BE68 5390")).toBeNull();
  });

  it("reads Belgian number plates in their three formats", () => {
    expect(normalisePlate("1abc123")).toBe("1-ABC-123");
    expect(normalisePlate("ABC 123")).toBe("ABC-123");
    expect(normalisePlate("123-abc")).toBe("123-ABC");
    expect(normalisePlate("0-ABC-123")).toBeNull();
    expect(normalisePlate("AB-12")).toBeNull();
  });
});

describe("prefill", () => {
  it("fills only fields that ask for it and have no answer yet", () => {
    expect(prefill(container, {}, { name: "An Peeters" })).toEqual({ name: "An Peeters" });
    expect(prefill(container, { name: "Jan" }, { name: "An Peeters" })).toEqual({});
  });

  it("offers the household as options of a choice that asks for whom", () => {
    const def = {
      ...container,
      pages: [
        {
          key: "p",
          title: "P",
          fields: [
            {
              key: "who",
              type: "choice" as const,
              display: "radio" as const,
              label: "Voor wie",
              required: true,
              prefill: "household.members" as const,
              options: [{ value: "x", label: "x" }],
            },
          ],
        },
      ],
    };
    const out = withOptions(def, { name: "An", household: [{ id: "ABC", name: "Lotte" }] });
    const field = out.pages[0]!.fields[0] as { options: { value: string; label: string }[] };
    expect(field.options).toEqual([
      { value: "mezelf", label: "Mezelf (An)" },
      { value: "lid-abc", label: "Lotte" },
    ]);
  });
});
