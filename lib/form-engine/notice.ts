// How early a request must be made, read from the definition's derived-value rules: `leadDays`
// (days before the date answer named by `deadlineFrom`) and a `riskCategory` label, so the event
// notification's "30 days for a small event, 14 weeks for a cycling race" is data a form designer
// edits, not code. Known as soon as the answers it depends on are: the step list shows it early.
import { addBrusselsDays } from "@/lib/be/brussels-clock";
import type { Answers } from "./conditions";
import { type DerivedRule, evaluateDerived } from "./derived";

export type Notice = {
  /** The risk category's label ("Groot evenement"), when a rule sets one. */
  risk?: string;
  /** The risk category's level for ordering (1 low .. 3 high), when a rule sets `riskLevel`. */
  level?: number;
  /** Days before the date that the request must be in. */
  leadDays?: number;
  /** The last day to file on time (YYYY-MM-DD), once the date it counts from is answered. */
  dueBy?: string;
  /** Filed after dueBy: warned, and still accepted for staff to judge. */
  late: boolean;
  /** The date answer the lead time counts from (the event's first day), once answered. */
  from?: string;
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The notice rules for these answers on `today`; null when the definition has none that apply. */
export function noticeOf(rules: readonly DerivedRule[], answers: Answers, today: string): Notice | null {
  const derived = evaluateDerived(rules, answers);
  const risk = typeof derived.riskCategory === "string" ? derived.riskCategory : undefined;
  const leadDays =
    typeof derived.leadDays === "number" && derived.leadDays >= 0 ? derived.leadDays : undefined;
  if (risk === undefined && leadDays === undefined) return null;
  const from = typeof derived.deadlineFrom === "string" ? answers[derived.deadlineFrom] : undefined;
  const dueBy =
    leadDays !== undefined && typeof from === "string" && DATE.test(from)
      ? addBrusselsDays(from, -leadDays)
      : undefined;
  const day = typeof from === "string" && DATE.test(from) ? from : undefined;
  const level = typeof derived.riskLevel === "number" ? derived.riskLevel : undefined;
  return { risk, level, leadDays, dueBy, late: dueBy !== undefined && today > dueBy, from: day };
}

/**
 * When staff must have handled a case: the product's service level, or sooner when the request is
 * about a day (an event), the day before it, so the inbox (ordered by due date) puts the nearest
 * events first; never before today.
 */
export function dueDateOf(today: string, slaDays: number, notice: Notice | null): string {
  const sla = addBrusselsDays(today, slaDays);
  if (!notice?.from) return sla;
  const before = addBrusselsDays(notice.from, -1);
  return before < sla ? (before > today ? before : today) : sla;
}
