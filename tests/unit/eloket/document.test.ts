// Filling a product's document template: answers shown as on the check page, the case's facts,
// unknown placeholders left visible, nothing read from outside the values given.
import { describe, expect, it } from "vitest";
import { documentValues, fillTemplate, placeholdersOf, unknownPlaceholders } from "@/lib/eloket/document";
import { parseDefinition } from "@/lib/form-engine";

const def = parseDefinition({
  pages: [
    {
      key: "p",
      title: "P",
      fields: [
        { key: "plate", type: "text", label: "Nummerplaat" },
        { key: "from", type: "date", label: "Vanaf" },
        { key: "ok", type: "yesNo", label: "Akkoord?" },
      ],
    },
  ],
});
const facts = {
  number: "EL-2026-000001",
  applicant: "An Peeters",
  product: "Kaart",
  decidedOn: "03/12/2026",
};

describe("document templates", () => {
  it("fills answers as shown to people and the case's facts", () => {
    const values = documentValues(def, { plate: "1-ABC-123", from: "2026-12-01", ok: true }, facts);
    expect(
      fillTemplate("{{naam}}: {{plate}} vanaf {{ from }} ({{ok}}), {{nummer}} op {{datum}}", values),
    ).toBe("An Peeters: 1-ABC-123 vanaf 01/12/2026 (Ja), EL-2026-000001 op 03/12/2026");
  });

  it("says an answer was not given rather than leaving a gap", () => {
    expect(fillTemplate("{{plate}}", documentValues(def, {}, facts))).toBe("Niet ingevuld");
  });

  it("leaves an unknown placeholder visible and never reads inherited properties", () => {
    expect(fillTemplate("{{typo}} {{constructor}} {{toString}}", {})).toBe(
      "[typo?] [constructor?] [toString?]",
    );
  });

  it("leaves text that only looks like a placeholder alone", () => {
    expect(fillTemplate("{{ two words }} {plate} {{}}", { plate: "x" })).toBe("{{ two words }} {plate} {{}}");
  });

  it("names the placeholders neither the form nor the case can fill, once each", () => {
    expect(
      unknownPlaceholders("{{naam}} {{plate}} {{kenteken}} {{ kenteken }} {{datum}} {{x}}", def),
    ).toEqual(["kenteken", "x"]);
    expect(placeholdersOf(def).map((p) => p.key)).toEqual([
      "nummer",
      "naam",
      "product",
      "datum",
      "plate",
      "from",
      "ok",
    ]);
  });
});
