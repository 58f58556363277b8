// The task list's states: Niet gestart, Bezig, Klaar, Niet van toepassing, and "3 van 12 klaar".
import { describe, expect, it } from "vitest";
import { stepsFinished } from "@/components/ui/form/step-list";
import { formDefinitionSchema, pageState } from "@/lib/form-engine";
import { stepStates } from "@/lib/eloket/steps";

const def = formDefinitionSchema.parse({
  pages: [
    {
      key: "muziek",
      title: "Muziek",
      fields: [
        { key: "music", type: "yesNo", label: "Muziek?" },
        {
          key: "noise",
          type: "choice",
          label: "Categorie",
          options: [{ value: "1", label: "1" }],
          showWhen: { field: "music", op: "equals", value: true },
        },
      ],
    },
    {
      key: "geluid",
      title: "Geluidsmeter",
      fields: [
        {
          key: "meter",
          type: "yesNo",
          label: "Meter?",
          showWhen: { field: "music", op: "equals", value: true },
        },
      ],
    },
    { key: "drank", title: "Drank", fields: [{ key: "drinks", type: "yesNo", label: "Drank?" }] },
  ],
});
const [muziek, geluid, drank] = def.pages as [
  (typeof def.pages)[0],
  (typeof def.pages)[0],
  (typeof def.pages)[0],
];
const at = { current: "controle", today: "2027-01-01" };

describe("step states", () => {
  it("is 'notStarted' (Niet gestart) before anything is answered", () => {
    expect(pageState(def, {}, [], drank, at)).toBe("notStarted");
  });

  it("is 'current' on the page being filled in", () => {
    expect(pageState(def, {}, [], drank, { ...at, current: "drank" })).toBe("current");
  });

  it("is 'done' (Klaar) when saved and every question asked is answered", () => {
    expect(pageState(def, { music: false }, ["muziek"], muziek, at)).toBe("done");
  });

  it("is 'started' (Bezig) when a saved page gained a question it has no answer for", () => {
    // Saved with "no music", then the answer changed: the category is now asked.
    expect(pageState(def, { music: true }, ["muziek"], muziek, at)).toBe("started");
  });

  it("is 'started' when it holds answers but was not saved as done", () => {
    expect(pageState(def, { drinks: true }, [], drank, at)).toBe("started");
  });

  it("is 'skipped' when none of its questions apply", () => {
    expect(pageState(def, { music: false }, ["muziek"], geluid, at)).toBe("skipped");
  });

  it("counts finished and not-applicable steps out of every step but the check page", () => {
    const steps = stepStates(
      def,
      { music: false, drinks: true },
      ["muziek", "drank"],
      "controle",
      "x",
      "2027-01-01",
    );
    expect(steps.map((s) => s.state)).toEqual(["done", "skipped", "done", "current"]);
    expect(stepsFinished(steps)).toEqual({ finished: 3, total: 3 });
    const early = stepStates(def, {}, [], "muziek", "x", "2027-01-01");
    // "Geluidsmeter" does not apply until music is answered yes: it counts as finished meanwhile.
    expect(stepsFinished(early)).toEqual({ finished: 1, total: 3 });
  });
});
