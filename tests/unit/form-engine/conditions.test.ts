import { describe, expect, it } from "vitest";
import { conditionSchema, evaluate } from "@/lib/form-engine/conditions";

describe("the one condition evaluator", () => {
  const answers = { kind: "car", count: 3, when: "2026-12-05", tags: ["a", "b"], empty: "", none: [] };

  it("compares an answer with equals and notEquals", () => {
    expect(evaluate({ field: "kind", op: "equals", value: "car" }, answers)).toBe(true);
    expect(evaluate({ field: "kind", op: "notEquals", value: "car" }, answers)).toBe(false);
    expect(evaluate({ field: "missing", op: "notEquals", value: "car" }, answers)).toBe(true);
  });

  it("reads a checkbox group as 'contains' and 'in' as 'one of'", () => {
    expect(evaluate({ field: "tags", op: "equals", value: "b" }, answers)).toBe(true);
    expect(evaluate({ field: "kind", op: "in", value: ["bike", "car"] }, answers)).toBe(true);
    expect(evaluate({ field: "kind", op: "in", value: ["bike"] }, answers)).toBe(false);
  });

  it("treats empty text and empty lists as empty", () => {
    expect(evaluate({ field: "empty", op: "empty" }, answers)).toBe(true);
    expect(evaluate({ field: "none", op: "filled" }, answers)).toBe(false);
    expect(evaluate({ field: "count", op: "filled" }, answers)).toBe(true);
  });

  it("orders numbers and calendar dates, and never compares a number with text", () => {
    expect(evaluate({ field: "count", op: "gt", value: 2 }, answers)).toBe(true);
    expect(evaluate({ field: "count", op: "lt", value: 3 }, answers)).toBe(false);
    expect(evaluate({ field: "when", op: "gt", value: "2026-12-01" }, answers)).toBe(true);
    expect(evaluate({ field: "count", op: "gt", value: "2" }, answers)).toBe(false);
  });

  it("combines with all, any and not", () => {
    const c = {
      all: [
        { field: "kind", op: "equals", value: "car" },
        {
          not: {
            any: [
              { field: "count", op: "lt", value: 2 },
              { field: "empty", op: "filled" },
            ],
          },
        },
      ],
    } as const;
    expect(evaluate(conditionSchema.parse(c), answers)).toBe(true);
    expect(evaluate(conditionSchema.parse(c), { ...answers, count: 1 })).toBe(false);
  });

  it("does not read inherited properties as answers", () => {
    expect(evaluate({ field: "constructor", op: "filled" }, {})).toBe(false);
  });

  it("refuses conditions that are not data (unknown keys, code, a list for equals)", () => {
    expect(conditionSchema.safeParse({ field: "a", op: "eval", value: "x" }).success).toBe(false);
    expect(conditionSchema.safeParse({ field: "a", op: "equals", value: "x", js: "alert(1)" }).success).toBe(
      false,
    );
    expect(conditionSchema.safeParse({ field: "a", op: "equals", value: ["x"] }).success).toBe(false);
    expect(conditionSchema.safeParse({ field: "a", op: "in", value: "x" }).success).toBe(false);
  });
});
