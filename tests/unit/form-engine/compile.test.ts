import { describe, expect, it } from "vitest";
import { compile, formDefinitionSchema, keepVisible, pageApplies, toFormValues } from "@/lib/form-engine";
import { container, containerInput, today } from "./fixture";

const page = (key: string, answers = {}) => compile(container, answers, { page: key, today });

describe("validation compiled from a definition", () => {
  it("asks the company number only when the condition holds, on the same page", () => {
    expect(page("aanvrager").parse({ name: "An", forCompany: "nee", company: "junk" })).toEqual({
      name: "An",
      forCompany: false,
    });
    const refused = page("aanvrager").safeParse({ name: "An", forCompany: "ja", company: "junk" });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]).toMatchObject({
      path: ["company"],
      message: "Vul een ondernemingsnummer in zoals 0123.456.789.",
    });
  });

  it("says in Dutch what is missing, per field", () => {
    const r = page("aanvrager").safeParse({});
    expect(r.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["name", 'Vul "Naam" in.'],
      ["forCompany", 'Maak een keuze bij "Vraag je dit aan voor een bedrijf?".'],
    ]);
  });

  it("checks numbers, dates in the past, IBAN check digits", () => {
    const r = page("container").safeParse({
      from: "2026-11-01",
      to: "2026-12-02",
      count: "9",
      social: "ja",
      iban: "BE68 5390 0754 7035",
    });
    expect(Object.fromEntries(r.error!.issues.map((i) => [i.path[0], i.message]))).toEqual({
      from: "Kies een datum vanaf vandaag.",
      count: "Vul een geheel getal in van 1 tot 5.",
      iban: "Vul een geldig rekeningnummer (IBAN) in, bijvoorbeeld BE68 5390 0754 7034.",
    });
    expect(
      page("container").parse({
        from: today,
        to: "2026-12-02",
        count: "2",
        social: "ja",
        iban: "be68 5390 0754 7034",
      }),
    ).toEqual({
      from: today,
      to: "2026-12-02",
      count: 2,
      social: true,
      iban: "BE68539007547034",
    });
  });

  it("drops the answers of hidden fields, also ones a hostile post sends", () => {
    const out = page("container").parse({
      from: today,
      to: today,
      count: "1",
      iban: "BE68539007547034",
      extra: "x",
    });
    expect(out).toEqual({ from: today, to: today, count: 1 });
  });

  it("judges a whole submission from the stored answers, with earlier pages' answers deciding later pages", () => {
    const answers = {
      name: "An",
      forCompany: true,
      company: "0123.456.789",
      from: today,
      to: today,
      count: 1,
    };
    const whole = compile(container, answers, { today });
    expect(whole.parse(toFormValues(container, answers))).toEqual(answers);
    const missing = whole.safeParse(toFormValues(container, { ...answers, company: undefined }));
    expect(missing.error?.issues[0]?.path).toEqual(["company"]);
  });

  it("forgets answers that an earlier change hid", () => {
    expect(keepVisible(container, { forCompany: false, company: "0123.456.789", name: "An" })).toEqual({
      forCompany: false,
      name: "An",
    });
  });

  it("knows when a page applies at all", () => {
    const def = formDefinitionSchema.parse({
      pages: [
        {
          key: "a",
          title: "A",
          fields: [
            {
              key: "kind",
              type: "choice",
              label: "Soort",
              options: [
                { value: "x", label: "X" },
                { value: "y", label: "Y" },
              ],
            },
          ],
        },
        {
          key: "b",
          title: "B",
          fields: [
            {
              key: "more",
              type: "text",
              label: "Meer",
              showWhen: { field: "kind", op: "equals", value: "y" },
            },
          ],
        },
      ],
    });
    expect(pageApplies(def, { kind: "x" }, def.pages[1]!)).toBe(false);
    expect(pageApplies(def, { kind: "y" }, def.pages[1]!)).toBe(true);
  });
});

describe("a definition is checked before it is used", () => {
  it("refuses a condition on a later or unknown field, duplicate keys and unknown patterns", () => {
    const later = structuredClone(containerInput);
    later.pages[0]!.fields[0] = {
      key: "name",
      type: "text",
      label: "Naam",
      showWhen: { field: "count", op: "filled" },
    };
    expect(formDefinitionSchema.safeParse(later).error?.issues[0]?.message).toMatch(/eerder veld/);
    const dup = structuredClone(containerInput);
    dup.pages[1]!.fields[0] = { key: "name", type: "date", label: "Vanaf" };
    expect(formDefinitionSchema.safeParse(dup).success).toBe(false);
    const regex = structuredClone(containerInput);
    (regex.pages[0]!.fields[0] as { pattern?: string }).pattern = "^(a+)+$";
    expect(formDefinitionSchema.safeParse(regex).success).toBe(false);
  });

  it("refuses unknown field types and properties (no html, no script)", () => {
    const bad = {
      pages: [{ key: "a", title: "A", fields: [{ key: "x", type: "html", label: "X", html: "<script>" }] }],
    };
    expect(formDefinitionSchema.safeParse(bad).success).toBe(false);
    const extra = {
      pages: [
        { key: "a", title: "A", fields: [{ key: "x", type: "text", label: "X", onClick: "alert(1)" }] },
      ],
    };
    expect(formDefinitionSchema.safeParse(extra).success).toBe(false);
  });
});
