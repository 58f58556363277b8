// The designer's prefill, composite conditions and fee rules as pure edits of a definition: each
// round-trips (set → what the form shows → set gives the same definition), refuses what does not
// fit in Dutch, and produces what the engine then does (prefill, compile, feeOf).
import { describe, expect, it } from "vitest";
import {
  type FormDefinition,
  compile,
  feeOf,
  parseDefinition,
  prefill,
  withOptions,
} from "@/lib/form-engine";
import { currentCondition, currentConditions, setConditions } from "@/lib/eloket/designer/condition";
import { describeCondition } from "@/lib/eloket/designer/condition-words";
import { addField, findField, starterDefinition } from "@/lib/eloket/designer/edit";
import { describeRules } from "@/lib/eloket/designer/fee-words";
import { currentFee, setFee } from "@/lib/eloket/designer/fees";
import { prefillChoices, setPrefill } from "@/lib/eloket/designer/prefill";
import type { EditResult } from "@/lib/eloket/designer/validate";

function ok(result: EditResult): FormDefinition {
  if (!result.ok) throw new Error(result.message);
  return result.definition;
}

/** omschrijving, then a yes/no, a choice, a number, two dates, a name, an address and a last text. */
function form(): FormDefinition {
  let def = starterDefinition();
  for (const [type, label] of [
    ["yesNo", "Heb je een put?"],
    ["choice", "Soort dak"],
    ["number", "Aantal containers"],
    ["date", "Van"],
    ["date", "Tot"],
    ["text", "Naam"],
    ["address", "Adres"],
    ["choice", "Voor wie"],
    ["text", "Inhoud"],
  ] as const)
    def = ok(addField(def, "aanvraag", type, label));
  return def;
}

const today = "2026-12-01";
/** formatEuro writes a non-breaking space after the euro sign. */
const spaced = (line: string) => line.replace(/\s/g, " ");
const judge = (def: FormDefinition, answers: Record<string, unknown>) =>
  compile(def, {}, { page: "aanvraag", today }).safeParse({
    omschrijving: "x",
    aantalContainers: "1",
    van: "2026-12-10",
    tot: "2026-12-11",
    naam: "An",
    voorWie: "keuze-1",
    adres: { street: "Markt", houseNumber: "1", postcode: "8750", city: "Wingene" },
    ...answers,
  }).success;

describe("prefill in the designer", () => {
  it("offers only the prefill keys that fit the field's type", () => {
    const def = form();
    expect(prefillChoices(findField(def, "naam")!).map((c) => c.value)).toEqual([
      "profile.name",
      "association.name",
    ]);
    expect(prefillChoices(findField(def, "adres")!).map((c) => c.value)).toEqual(["profile.address"]);
    expect(prefillChoices(findField(def, "aantalContainers")!)).toEqual([]);
  });

  it("stores a prefill key the engine fills for a signed-in resident, and clears it", () => {
    let def = ok(setPrefill(form(), "naam", "profile.name"));
    def = ok(setPrefill(def, "adres", "profile.address"));
    def = ok(setPrefill(def, "voorWie", "household.members"));
    expect(parseDefinition(def)).toEqual(def);
    const address = { street: "Markt", houseNumber: "1", postcode: "8750", city: "Wingene" };
    const context = { name: "An Peeters", address, household: [{ id: "kind1", name: "Lien Peeters" }] };
    expect(prefill(def, {}, context)).toEqual({ naam: "An Peeters", adres: address });
    // A typed answer is never overwritten.
    expect(prefill(def, { naam: "Iemand anders" }, context)).toEqual({ adres: address });
    expect(findField(withOptions(def, context), "voorWie")).toMatchObject({
      options: [
        { value: "mezelf", label: "Mezelf (An Peeters)" },
        { value: "lid-kind1", label: "Lien Peeters" },
      ],
    });
    expect(findField(ok(setPrefill(def, "naam", "")), "naam")).not.toHaveProperty("prefill");
  });

  it("refuses a key that does not fit the field, an unknown key and an unknown field", () => {
    const def = form();
    expect(setPrefill(def, "naam", "profile.address")).toEqual({
      ok: false,
      message: "Kies gegevens die bij dit soort veld passen.",
    });
    expect(setPrefill(def, "naam", "profile.nationalNumber")).toMatchObject({ ok: false });
    expect(setPrefill(def, "bestaatNiet", "profile.name")).toMatchObject({ ok: false });
  });
});

describe("composite conditions in the designer", () => {
  const both = { match: "all" as const, choices: ["hebJeEenPut:ja", "soortDak:keuze-2"] };

  it("stores ALL of two conditions as the engine's all, which the compiled schema follows", () => {
    const def = ok(setConditions(form(), "inhoud", both));
    expect(findField(def, "inhoud")!.showWhen).toEqual({
      all: [
        { field: "hebJeEenPut", op: "equals", value: true },
        { field: "soortDak", op: "equals", value: "keuze-2" },
      ],
    });
    // Shown (so required) only when both hold.
    expect(judge(def, { hebJeEenPut: "ja", soortDak: "keuze-2" })).toBe(false);
    expect(judge(def, { hebJeEenPut: "ja", soortDak: "keuze-1" })).toBe(true);
    expect(judge(def, { hebJeEenPut: "ja", soortDak: "keuze-2", inhoud: "5000 liter" })).toBe(true);
  });

  it("stores ONE OF three conditions as the engine's any", () => {
    const setting = {
      match: "any" as const,
      choices: ["hebJeEenPut:nee", "soortDak:keuze-2", "voorWie:keuze-2"],
    };
    const def = ok(setConditions(form(), "inhoud", setting));
    expect(findField(def, "inhoud")!.showWhen).toMatchObject({ any: expect.any(Array) });
    expect(judge(def, { hebJeEenPut: "ja", soortDak: "keuze-2" })).toBe(false);
    expect(judge(def, { hebJeEenPut: "ja", soortDak: "keuze-1", voorWie: "keuze-2" })).toBe(false);
    expect(judge(def, { hebJeEenPut: "ja", soortDak: "keuze-1" })).toBe(true);
  });

  it("round-trips: what the form shows, set again, gives the same definition", () => {
    for (const setting of [
      both,
      { match: "any" as const, choices: ["hebJeEenPut:nee", "soortDak:keuze-1"] },
      { match: "all" as const, choices: ["hebJeEenPut:ja"] },
      { match: "all" as const, choices: [] },
    ]) {
      const def = ok(setConditions(form(), "inhoud", setting));
      const shown = currentConditions(findField(def, "inhoud")!)!;
      expect(shown).toEqual(setting);
      expect(ok(setConditions(def, "inhoud", shown))).toEqual(def);
    }
  });

  it("keeps one condition simple, drops empty and repeated choices, and clears with none", () => {
    const def = ok(
      setConditions(form(), "inhoud", { match: "any", choices: ["", "hebJeEenPut:ja", "hebJeEenPut:ja"] }),
    );
    expect(findField(def, "inhoud")!.showWhen).toEqual({ field: "hebJeEenPut", op: "equals", value: true });
    expect(currentCondition(findField(def, "inhoud")!)).toBe("hebJeEenPut:ja");
    const cleared = ok(setConditions(def, "inhoud", { match: "all", choices: ["", "", ""] }));
    expect(findField(cleared, "inhoud")).not.toHaveProperty("showWhen");
  });

  it("refuses a later field, an unknown answer and a fourth condition", () => {
    const def = form();
    const refuse = (field: string, choices: string[]) =>
      expect(setConditions(def, field, { match: "all", choices })).toMatchObject({ ok: false });
    refuse("hebJeEenPut", ["soortDak:keuze-1"]);
    refuse("inhoud", ["hebJeEenPut:ja", "soortDak:misschien"]);
    refuse("inhoud", ["naam:an"]);
    refuse("inhoud", ["hebJeEenPut:ja", "hebJeEenPut:nee", "soortDak:keuze-1", "soortDak:keuze-2"]);
  });

  it("leaves a condition it cannot show as it is unless told to replace it, and says it in words", () => {
    const base = form();
    const pages = base.pages.map((p) => ({
      ...p,
      fields: p.fields.map((f) =>
        f.key === "inhoud"
          ? {
              ...f,
              showWhen: {
                any: [
                  { not: { field: "hebJeEenPut", op: "equals" as const, value: true } },
                  { field: "aantalContainers", op: "gt" as const, value: 2 },
                ],
              },
            }
          : f,
      ),
    }));
    const def = parseDefinition({ ...base, pages });
    const field = findField(def, "inhoud")!;
    expect(currentConditions(field)).toBeNull();
    expect(currentCondition(field)).toBeNull();
    expect(describeCondition(def, field.showWhen!)).toBe(
      'niet ("Heb je een put?" is "Ja") of "Aantal containers" is groter dan "2"',
    );
    expect(setConditions(def, "inhoud", { match: "all", choices: [] })).toEqual({
      ok: false,
      message:
        "Dit veld heeft een voorwaarde die de ontwerper niet kan tonen. Vink aan dat je ze wilt vervangen.",
    });
    const replaced = ok(setConditions(def, "inhoud", both, true));
    expect(currentConditions(findField(replaced, "inhoud")!)).toEqual(both);
  });
});

describe("fee rules in the designer", () => {
  const answers = { aantalContainers: 3, van: "2026-12-10", tot: "2026-12-13", hebJeEenPut: false };

  it("writes a fixed fee, a fee per unit and a fee per day that feeOf computes", () => {
    const fixed = ok(setFee(form(), { kind: "fixed", cents: 2500 }));
    expect(fixed.derived).toEqual([{ set: { feeCents: 2500 } }]);
    expect(feeOf(fixed.derived, answers)).toEqual({ cents: 2500 });
    const perUnit = ok(setFee(form(), { kind: "perUnit", cents: 500, unitField: "aantalContainers" }));
    expect(feeOf(perUnit.derived, answers)).toEqual({ cents: 1500 });
    const perDay = ok(setFee(form(), { kind: "perDay", cents: 1000, fromField: "van", toField: "tot" }));
    expect(feeOf(perDay.derived, answers)).toEqual({ cents: 4000 });
    expect(ok(setFee(perDay, { kind: "none" })).derived).toEqual([]);
  });

  it("adds an exemption staff confirm when an answer says so, keeping the fee to judge", () => {
    const setting = {
      kind: "perUnit" as const,
      cents: 500,
      unitField: "aantalContainers",
      exemptWhen: "hebJeEenPut:ja",
      exemptReason: "Sociaal tarief",
    };
    const def = ok(setFee(form(), setting));
    expect(feeOf(def.derived, answers)).toEqual({ cents: 1500 });
    expect(feeOf(def.derived, { ...answers, hebJeEenPut: true })).toEqual({
      cents: 1500,
      exemption: "Sociaal tarief",
    });
    expect(describeRules(def).map(spaced)).toEqual([
      'Kostprijs: € 5,00 per eenheid van "Aantal containers"',
      'Als "Heb je een put?" is "Ja": vrijstelling die een medewerker bevestigt: Sociaal tarief',
    ]);
  });

  it("round-trips every kind of fee", () => {
    for (const setting of [
      { kind: "none" as const },
      { kind: "fixed" as const, cents: 2500 },
      { kind: "perUnit" as const, cents: 500, unitField: "aantalContainers" },
      { kind: "perDay" as const, cents: 1000, fromField: "van", toField: "tot" },
      { kind: "fixed" as const, cents: 100, exemptWhen: "soortDak:keuze-1", exemptReason: "Vrijgesteld" },
    ]) {
      const def = ok(setFee(form(), setting));
      expect(currentFee(def)).toEqual(setting);
      expect(ok(setFee(def, currentFee(def)!))).toEqual(def);
    }
  });

  it("refuses fields of the wrong type, a missing amount and an incomplete exemption", () => {
    const def = form();
    const refusal = (setting: Parameters<typeof setFee>[1]) => {
      const result = setFee(def, setting);
      return result.ok ? null : result.message;
    };
    expect(refusal({ kind: "perUnit", cents: 500, unitField: "naam" })).toBe(
      "Kies het getalveld waarvan elke eenheid de kostprijs telt.",
    );
    expect(refusal({ kind: "perDay", cents: 500, fromField: "van", toField: "van" })).toContain(
      "twee verschillende",
    );
    expect(refusal({ kind: "fixed" })).toContain("bedrag groter dan nul");
    expect(refusal({ kind: "fixed", cents: 100, exemptReason: "Sociaal tarief" })).toContain("Kies wanneer");
    expect(refusal({ kind: "none", exemptWhen: "hebJeEenPut:ja", exemptReason: "x" })).toContain(
      "kies eerst",
    );
    expect(refusal({ kind: "fixed", cents: 100, exemptWhen: "naam:an", exemptReason: "x" })).toBeTruthy();
  });

  it("keeps rules that set other values, and replaces fee rules it cannot show only when told", () => {
    const def = parseDefinition({
      ...form(),
      derived: [
        { set: { feeCents: 2500 } },
        { when: { field: "soortDak", op: "equals", value: "keuze-2" }, set: { feeCents: 5000 } },
        { when: { field: "aantalContainers", op: "gt", value: 4 }, set: { premiumCents: 10000 } },
      ],
    });
    expect(currentFee(def)).toBeNull();
    expect(describeRules(def).map(spaced)).toEqual([
      "Kostprijs: € 25,00",
      'Als "Soort dak" is "Keuze 2": Kostprijs: € 50,00',
      'Als "Aantal containers" is groter dan "4": Premie: € 100,00',
    ]);
    expect(setFee(def, { kind: "fixed", cents: 100 })).toMatchObject({ ok: false });
    const replaced = ok(setFee(def, { kind: "fixed", cents: 100 }, true));
    expect(replaced.derived).toEqual([{ set: { feeCents: 100 } }, def.derived[2]]);
    expect(currentFee(replaced)).toEqual({ kind: "fixed", cents: 100 });
  });
});
