// Target dates: a category's target is a number of calendar days in Europe/Brussels, counted from
// the day the report came in. Open reports past that day are overdue.
import type { ReportStatus } from "@/generated/prisma/enums";
import { addBrusselsDays, brusselsParts } from "@/lib/be/time";
import { isOpen } from "./status";

/** The last calendar day (YYYY-MM-DD, Brussels) on which the report is still on time. */
export function dueDateKey(createdAt: Date, targetDays: number): string {
  return addBrusselsDays(brusselsParts(createdAt).dateKey, targetDays);
}

/** The due day as the `date` column Report.dueOn stores it (midnight UTC of that calendar day). */
export function dueOnDate(createdAt: Date, targetDays: number): Date {
  return new Date(`${dueDateKey(createdAt, targetDays)}T00:00:00Z`);
}

export function isOverdue(
  report: { createdAt: Date; status: ReportStatus },
  targetDays: number,
  now: Date,
): boolean {
  if (!isOpen(report.status)) return false;
  return brusselsParts(now).dateKey > dueDateKey(report.createdAt, targetDays);
}

/** Whole calendar days since the report came in (0 on the day itself). */
export function ageInDays(createdAt: Date, now: Date): number {
  const from = Date.parse(`${brusselsParts(createdAt).dateKey}T00:00:00Z`);
  const to = Date.parse(`${brusselsParts(now).dateKey}T00:00:00Z`);
  return Math.round((to - from) / 86_400_000);
}
