// The report life cycle as data: which status may follow which. Staff pick only from these; the
// command re-checks with a conditional update. MERGED is reached only by merging.
import type { ReportStatus } from "@/generated/prisma/enums";

export const TRANSITIONS: Record<ReportStatus, readonly ReportStatus[]> = {
  NEW: ["IN_PROGRESS", "FORWARDED", "RESOLVED", "REJECTED", "MERGED"],
  IN_PROGRESS: ["AWAITING_INFO", "FORWARDED", "RESOLVED", "REJECTED", "MERGED"],
  AWAITING_INFO: ["IN_PROGRESS", "RESOLVED", "REJECTED", "MERGED"],
  // Forwarded, solved or refused reports can be taken up again (reopened).
  FORWARDED: ["IN_PROGRESS"],
  RESOLVED: ["IN_PROGRESS"],
  REJECTED: ["IN_PROGRESS"],
  MERGED: [],
};

/** Statuses in which the municipality still has work to do: these count for overdue and duplicates. */
export const OPEN_STATUSES: readonly ReportStatus[] = ["NEW", "IN_PROGRESS", "AWAITING_INFO"];

export function canMove(from: ReportStatus, to: ReportStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** What a staff member may choose in the status form (merging has its own form). */
export function manualTargets(from: ReportStatus): ReportStatus[] {
  return TRANSITIONS[from].filter((s) => s !== "MERGED");
}

export function isOpen(status: ReportStatus): boolean {
  return OPEN_STATUSES.includes(status);
}
