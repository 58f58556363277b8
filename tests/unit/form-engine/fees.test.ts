import { describe, expect, it } from "vitest";
import { evaluateDerived, feeOf, formDefinitionSchema } from "@/lib/form-engine";
import { container } from "./fixture";

describe("fees as derived values", () => {
  it("charges per calendar day, both ends included", () => {
    expect(feeOf(container.derived, { from: "2026-12-01", to: "2026-12-03", count: 1 })).toEqual({
      cents: 3000,
    });
  });

  it("lets a later rule override an earlier one (per container when there are several)", () => {
    expect(feeOf(container.derived, { from: "2026-12-01", to: "2026-12-03", count: 3 })).toEqual({
      cents: 7500,
    });
  });

  it("marks an exemption for staff to confirm and sets the fee to zero", () => {
    expect(
      feeOf(container.derived, { from: "2026-12-01", to: "2026-12-01", count: 1, social: true }),
    ).toEqual({
      cents: 0,
      exemption: "Leefloon: te controleren",
    });
  });

  it("has no fee for reversed dates or missing answers", () => {
    expect(feeOf(container.derived, { from: "2026-12-03", to: "2026-12-01", count: 1 })).toEqual({
      cents: 0,
    });
    expect(feeOf([], {})).toEqual({ cents: 0 });
  });

  it("derives any value, e.g. a risk category for the event notification", () => {
    const def = formDefinitionSchema.parse({
      pages: [
        {
          key: "a",
          title: "A",
          fields: [{ key: "visitors", type: "number", label: "Bezoekers", max: 100000 }],
        },
      ],
      derived: [
        { set: { risk: "laag", deadlineDays: 30 } },
        { when: { field: "visitors", op: "gt", value: 2000 }, set: { risk: "hoog", deadlineDays: 90 } },
      ],
    });
    expect(evaluateDerived(def.derived, { visitors: 150 })).toEqual({ risk: "laag", deadlineDays: 30 });
    expect(evaluateDerived(def.derived, { visitors: 5000 })).toEqual({ risk: "hoog", deadlineDays: 90 });
  });
});
