// Repeating groups in the designer: a new group is valid as it is, its questions are added and
// removed as pure edits the engine accepts, its repeat name and maximum are its settings, and the
// compiled schema then asks at least one repeat (when required) and at most the maximum.
import { describe, expect, it } from "vitest";
import { type FormDefinition, compile, parseDefinition } from "@/lib/form-engine";
import { addField, findField, starterDefinition, updateField } from "@/lib/eloket/designer/edit";
import { addSubField, removeSubField } from "@/lib/eloket/designer/group";
import type { EditResult } from "@/lib/eloket/designer/validate";

function ok(result: EditResult): FormDefinition {
  if (!result.ok) throw new Error(result.message);
  return result.definition;
}

const withGroup = () => ok(addField(starterDefinition(), "aanvraag", "group", "Voertuigen"));

describe("repeating groups in the designer", () => {
  it("adds a group with one question that the engine accepts", () => {
    const def = withGroup();
    expect(parseDefinition(def)).toEqual(def);
    expect(findField(def, "voertuigen")).toMatchObject({
      type: "group",
      itemLabel: "Onderdeel",
      maxItems: 10,
      fields: [{ key: "omschrijving", type: "text" }],
    });
  });

  it("adds and removes questions with keys unique in the group, keeping at least one", () => {
    let def = ok(addSubField(withGroup(), "voertuigen", "vehiclePlate", "Nummerplaat"));
    def = ok(addSubField(def, "voertuigen", "text", "Omschrijving"));
    const group = findField(def, "voertuigen");
    expect(group?.type === "group" && group.fields.map((f) => [f.key, f.type])).toEqual([
      ["omschrijving", "text"],
      ["nummerplaat", "vehiclePlate"],
      ["omschrijving2", "text"],
    ]);
    def = ok(removeSubField(def, "voertuigen", "omschrijving"));
    def = ok(removeSubField(def, "voertuigen", "omschrijving2"));
    expect(removeSubField(def, "voertuigen", "nummerplaat")).toEqual({
      ok: false,
      message: "Een groep heeft minstens één vraag.",
    });
    expect(removeSubField(def, "voertuigen", "bestaatNiet")).toMatchObject({ ok: false });
    expect(addSubField(def, "omschrijving", "text", "X")).toMatchObject({ ok: false });
  });

  it("refuses an eleventh question in Dutch", () => {
    let def = withGroup();
    for (let i = 2; i <= 10; i++) def = ok(addSubField(def, "voertuigen", "text", `Vraag ${i}`));
    const refused = addSubField(def, "voertuigen", "text", "Vraag 11");
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining("te lang") });
  });

  it("sets the name of one repeat and the maximum, which the compiled schema applies", () => {
    let def = ok(addSubField(withGroup(), "voertuigen", "vehiclePlate", "Nummerplaat"));
    def = ok(
      updateField(def, "voertuigen", {
        label: "Voertuigen",
        required: true,
        itemLabel: "Voertuig",
        maxItems: 2,
      }),
    );
    expect(findField(def, "voertuigen")).toMatchObject({ itemLabel: "Voertuig", maxItems: 2 });
    const schema = compile(def, {}, { page: "aanvraag", today: "2026-12-01" });
    const row = { omschrijving: "Auto", nummerplaat: "1-ABC-123" };
    expect(schema.safeParse({ omschrijving: "x", voertuigen: [row] }).success).toBe(true);
    expect(schema.safeParse({ omschrijving: "x", voertuigen: [] }).success).toBe(false);
    expect(schema.safeParse({ omschrijving: "x", voertuigen: [row, row, row] }).success).toBe(false);
  });
});
