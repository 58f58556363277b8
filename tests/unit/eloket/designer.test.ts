import { describe, expect, it } from "vitest";
import { type FormDefinition, compile, formDefinitionSchema } from "@/lib/form-engine";
import { conditionChoices, currentCondition, setCondition } from "@/lib/eloket/designer/condition";
import {
  addField,
  addPage,
  findField,
  moveField,
  movePage,
  removeField,
  removePage,
  renamePage,
  starterDefinition,
  updateField,
} from "@/lib/eloket/designer/edit";
import { keyFromLabel, slugFromName, uniqueKey } from "@/lib/eloket/designer/keys";
import type { EditResult } from "@/lib/eloket/designer/validate";

function ok(result: EditResult): FormDefinition {
  if (!result.ok) throw new Error(result.message);
  return result.definition;
}

/** Starter page with a yes/no "Heb je een put?" and a text "Inhoud van de put" shown when yes. */
function withCondition() {
  let def = ok(addField(starterDefinition(), "aanvraag", "yesNo", "Heb je een put?"));
  def = ok(addField(def, "aanvraag", "text", "Inhoud van de put"));
  return ok(setCondition(def, "inhoudVanDePut", "hebJeEenPut:ja"));
}

describe("keys from labels", () => {
  it("makes a camelCase key without accents and a numbered one when taken", () => {
    expect(keyFromLabel("Één vraag over de crèche!")).toBe("eenVraagOverDeCreche");
    expect(keyFromLabel("2 containers")).toBe("veld2Containers");
    expect(uniqueKey("naam", new Set(["naam", "naam2"]))).toBe("naam3");
    expect(slugFromName("Premie voor een regenwaterput")).toBe("premie-voor-een-regenwaterput");
  });
});

describe("editing a form definition", () => {
  it("starts from a definition the engine accepts", () => {
    expect(formDefinitionSchema.safeParse(starterDefinition()).success).toBe(true);
  });

  it("adds a field with a unique key even when the label repeats", () => {
    let def = ok(addField(starterDefinition(), "aanvraag", "text", "Naam"));
    def = ok(addField(def, "aanvraag", "text", "Naam"));
    expect(def.pages[0]!.fields.map((f) => f.key)).toEqual(["omschrijving", "naam", "naam2"]);
  });

  it("adds a page with its first field and keeps page keys unique", () => {
    let def = ok(addPage(starterDefinition(), "Je aanvraag", "yesNo", "Akkoord?"));
    expect(def.pages.map((p) => p.key)).toEqual(["aanvraag", "jeAanvraag"]);
    def = ok(addPage(def, "Je aanvraag", "text", "Iets"));
    expect(def.pages[2]!.key).toBe("jeAanvraag2");
    expect(def.pages[1]!.fields[0]).toMatchObject({ key: "akkoord", type: "yesNo", required: true });
  });

  it("renames a page and moves pages, refusing a move past the end", () => {
    let def = ok(addPage(starterDefinition(), "Bijlagen", "file", "Foto"));
    def = ok(renamePage(def, "bijlagen", "Foto's", "Een foto van de put."));
    expect(def.pages[1]).toMatchObject({ title: "Foto's", intro: "Een foto van de put." });
    def = ok(movePage(def, "bijlagen", "up"));
    expect(def.pages.map((p) => p.key)).toEqual(["bijlagen", "aanvraag"]);
    expect(movePage(def, "bijlagen", "up")).toEqual({
      ok: false,
      message: expect.stringMatching(/bovenaan/),
    });
  });

  it("moves a field within its page", () => {
    let def = ok(addField(starterDefinition(), "aanvraag", "email", "E-mail"));
    def = ok(moveField(def, "eMail", "up"));
    expect(def.pages[0]!.fields.map((f) => f.key)).toEqual(["eMail", "omschrijving"]);
  });

  it("refuses moving a field above the field its condition reads, in Dutch", () => {
    const result = moveField(withCondition(), "inhoudVanDePut", "up");
    expect(result).toEqual({ ok: false, message: expect.stringContaining("eerder veld") });
  });

  it("removes a field together with the conditions that read it", () => {
    const def = ok(removeField(withCondition(), "hebJeEenPut"));
    expect(findField(def, "hebJeEenPut")).toBeUndefined();
    expect(findField(def, "inhoudVanDePut")?.showWhen).toBeUndefined();
  });

  it("removes a page with the conditions and fee rules that read its fields", () => {
    let def = ok(addPage(starterDefinition(), "Put", "yesNo", "Heb je een put?"));
    def = ok(addPage(def, "Details", "text", "Inhoud"));
    def = ok(setCondition(def, "inhoud", "hebJeEenPut:ja"));
    def = {
      ...def,
      derived: [{ when: { field: "hebJeEenPut", op: "equals", value: true }, set: { feeCents: 500 } }],
    };
    def = ok(removePage(def, "put"));
    expect(def.pages.map((p) => p.key)).toEqual(["aanvraag", "details"]);
    expect(findField(def, "inhoud")?.showWhen).toBeUndefined();
    expect(def.derived).toEqual([]);
  });

  it("never leaves an empty page or an empty form", () => {
    expect(removeField(starterDefinition(), "omschrijving").ok).toBe(false);
    expect(removePage(starterDefinition(), "aanvraag").ok).toBe(false);
  });

  it("edits label, help, required and type settings, refusing what the engine refuses", () => {
    let def = ok(addField(starterDefinition(), "aanvraag", "text", "Kenteken"));
    def = ok(
      updateField(def, "kenteken", {
        label: "Nummer",
        help: "Zoals op je kaart",
        required: false,
        maxLength: 12,
      }),
    );
    expect(findField(def, "kenteken")).toMatchObject({
      label: "Nummer",
      help: "Zoals op je kaart",
      required: false,
      maxLength: 12,
    });
    def = ok(addField(def, "aanvraag", "number", "Aantal"));
    const refused = updateField(def, "aantal", { label: "Aantal", required: true, min: 10, max: 2 });
    expect(refused).toEqual({ ok: false, message: "Het maximum is kleiner dan het minimum." });
    expect(updateField(def, "bestaatNiet", { label: "x", required: true }).ok).toBe(false);
  });

  it("turns option lines into choices, keeping the value of a label that stays", () => {
    let def = ok(addField(starterDefinition(), "aanvraag", "choice", "Hoe ontvang je het?"));
    def = ok(
      updateField(def, "hoeOntvangJeHet", {
        label: "Hoe?",
        required: true,
        options: ["Per post", "Keuze 1"],
      }),
    );
    const field = findField(def, "hoeOntvangJeHet");
    expect(field?.type === "choice" && field.options).toEqual([
      { value: "per-post", label: "Per post" },
      { value: "keuze-1", label: "Keuze 1" },
    ]);
  });
});

describe("the designer's conditions", () => {
  it("offers only the answers of earlier yes/no and choice fields", () => {
    const def = withCondition();
    expect(conditionChoices(def, "inhoudVanDePut")).toEqual([
      { value: "hebJeEenPut:ja", label: '"Heb je een put?" is "Ja"' },
      { value: "hebJeEenPut:nee", label: '"Heb je een put?" is "Nee"' },
    ]);
    expect(conditionChoices(def, "hebJeEenPut")).toEqual([]);
  });

  it("stores an equals condition the engine evaluates, and clears it", () => {
    const def = withCondition();
    const field = findField(def, "inhoudVanDePut")!;
    expect(field.showWhen).toEqual({ field: "hebJeEenPut", op: "equals", value: true });
    expect(currentCondition(field)).toBe("hebJeEenPut:ja");
    const schema = compile(def, {}, { page: "aanvraag", today: "2026-12-01" });
    expect(schema.safeParse({ omschrijving: "x", hebJeEenPut: "nee" }).success).toBe(true);
    expect(schema.safeParse({ omschrijving: "x", hebJeEenPut: "ja" }).success).toBe(false);
    expect(
      findField(ok(setCondition(def, "inhoudVanDePut", "")), "inhoudVanDePut")?.showWhen,
    ).toBeUndefined();
  });

  it("refuses a condition on a later or unknown field or an unknown answer", () => {
    const def = withCondition();
    expect(setCondition(def, "hebJeEenPut", "inhoudVanDePut:x")).toMatchObject({ ok: false });
    expect(setCondition(def, "inhoudVanDePut", "hebJeEenPut:misschien")).toMatchObject({ ok: false });
    expect(setCondition(def, "inhoudVanDePut", "omschrijving:ja")).toMatchObject({ ok: false });
  });
});
