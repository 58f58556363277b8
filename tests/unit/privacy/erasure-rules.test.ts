// The erasure table covers the whole schema: every model of the generated Prisma client has a rule
// or is listed as holding no personal data, so a new table cannot slip past the right to erasure.
import { describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/browser";
import { ERASURE_RULES, NO_PERSONAL_DATA } from "@/lib/privacy/erasure-rules";
import { ERASE_STEPS } from "@/lib/privacy/erase-steps";

const models = Object.values(Prisma.ModelName);
const ruled = new Set<string>(ERASURE_RULES.map((r) => r.model));

describe("the erasure rules", () => {
  it("give every model of the schema a rule or a place in the list without personal data", () => {
    const missing = models.filter((m) => !ruled.has(m) && !NO_PERSONAL_DATA.includes(m));
    expect(missing).toEqual([]);
  });

  it("never both rule a model and call it free of personal data", () => {
    expect(NO_PERSONAL_DATA.filter((m) => ruled.has(m))).toEqual([]);
  });

  it("name only models that exist, each rule once", () => {
    expect([...ruled].filter((m) => !models.includes(m as Prisma.ModelName))).toEqual([]);
    const ids = ERASURE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("give a Dutch reason for every rule and a step for every rule that changes data", () => {
    for (const rule of ERASURE_RULES) {
      expect(rule.reason.length, rule.id).toBeGreaterThan(10);
      if (rule.action !== "keep") expect(ERASE_STEPS[rule.id], rule.id).toBeTypeOf("function");
    }
  });

  it("blank the account last, after the steps that find guest rows by its e-mail address", () => {
    const changing = ERASURE_RULES.filter((r) => r.action !== "keep");
    expect(changing.at(-1)?.id).toBe("user");
  });
});
