// Conditions of a form definition ("show when …", "this fee applies when …"): a declarative tree
// of all/any/not over comparisons with an answer. ONE pure function evaluates them, in the browser
// (which fields to show) and on the server (which fields to validate and keep), so both agree.
// Nothing in a definition is ever executed as code.
import { z } from "zod";

export const CONDITION_OPS = ["equals", "notEquals", "in", "filled", "empty", "gt", "lt"] as const;
export type ConditionOp = (typeof CONDITION_OPS)[number];

export type Scalar = string | number | boolean;
export type Comparison = { field: string; op: ConditionOp; value?: Scalar | Scalar[] };
export type Condition = { all: Condition[] } | { any: Condition[] } | { not: Condition } | Comparison;

const scalar = z.union([z.string().max(200), z.number().finite(), z.boolean()]);

const comparison = z
  .strictObject({
    field: z.string().regex(/^[a-z][a-zA-Z0-9]{0,39}$/),
    op: z.enum(CONDITION_OPS),
    value: z.union([scalar, z.array(scalar).max(50)]).optional(),
  })
  .refine((c) => c.op === "filled" || c.op === "empty" || c.value !== undefined, {
    message: "Deze vergelijking heeft een waarde nodig.",
  })
  .refine((c) => (c.op === "in") === Array.isArray(c.value) || c.op === "filled" || c.op === "empty", {
    message: "'in' vergelijkt met een lijst, de andere met één waarde.",
  });

/** The zod schema of a condition; depth is bounded so a hostile definition cannot nest forever. */
export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(conditionSchema).min(1).max(20) }),
    z.strictObject({ any: z.array(conditionSchema).min(1).max(20) }),
    z.strictObject({ not: conditionSchema }),
    comparison,
  ]),
);

export type Answers = Record<string, unknown>;

function isFilled(value: unknown): boolean {
  if (value === undefined || value === null || value === "") return false;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

function same(answer: unknown, value: Scalar): boolean {
  // A checkbox group "equals" a value when that value is among the ticked ones.
  if (Array.isArray(answer)) return answer.includes(value);
  return answer === value;
}

function compare(answer: unknown, value: Scalar): number | null {
  if (typeof answer === "number" && typeof value === "number") return answer - value;
  // Calendar dates (YYYY-MM-DD) order as text.
  if (typeof answer === "string" && typeof value === "string") return answer.localeCompare(value);
  return null;
}

/** Is the condition true for these answers? An absent condition always is. */
export function evaluate(condition: Condition | undefined, answers: Answers, depth = 0): boolean {
  if (condition === undefined) return true;
  if (depth > 32) return false;
  if ("all" in condition) return condition.all.every((c) => evaluate(c, answers, depth + 1));
  if ("any" in condition) return condition.any.some((c) => evaluate(c, answers, depth + 1));
  if ("not" in condition) return !evaluate(condition.not, answers, depth + 1);
  const answer = Object.hasOwn(answers, condition.field) ? answers[condition.field] : undefined;
  const { value } = condition;
  switch (condition.op) {
    case "filled":
      return isFilled(answer);
    case "empty":
      return !isFilled(answer);
    case "equals":
      return value !== undefined && !Array.isArray(value) && same(answer, value);
    case "notEquals":
      return value !== undefined && !Array.isArray(value) && !same(answer, value);
    case "in":
      return Array.isArray(value) && value.some((v) => same(answer, v));
    case "gt":
    case "lt": {
      if (value === undefined || Array.isArray(value)) return false;
      const order = compare(answer, value);
      return order !== null && (condition.op === "gt" ? order > 0 : order < 0);
    }
  }
}

/** The answer keys a condition reads (for checking a definition refers only to earlier fields). */
export function fieldsOf(condition: Condition | undefined): string[] {
  if (condition === undefined) return [];
  if ("all" in condition) return condition.all.flatMap(fieldsOf);
  if ("any" in condition) return condition.any.flatMap(fieldsOf);
  if ("not" in condition) return fieldsOf(condition.not);
  return [condition.field];
}
