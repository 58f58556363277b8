// The report life cycle as data: which status may follow which. Staff pick only from these; the
// command re-checks with a conditional update. SAMENGEVOEGD is reached only by merging.
import type { ReportStatus } from "@/generated/prisma/enums";

export const STATUS_LABELS: Record<ReportStatus, string> = {
  NIEUW: "Nieuw",
  IN_BEHANDELING: "In behandeling",
  WACHT_OP_INFO: "Wacht op informatie",
  DOORGESTUURD: "Doorgestuurd",
  OPGELOST: "Opgelost",
  AFGEWEZEN: "Afgewezen",
  SAMENGEVOEGD: "Samengevoegd",
};

export const TRANSITIONS: Record<ReportStatus, readonly ReportStatus[]> = {
  NIEUW: ["IN_BEHANDELING", "DOORGESTUURD", "OPGELOST", "AFGEWEZEN", "SAMENGEVOEGD"],
  IN_BEHANDELING: ["WACHT_OP_INFO", "DOORGESTUURD", "OPGELOST", "AFGEWEZEN", "SAMENGEVOEGD"],
  WACHT_OP_INFO: ["IN_BEHANDELING", "OPGELOST", "AFGEWEZEN", "SAMENGEVOEGD"],
  // Forwarded, solved or refused reports can be taken up again (reopened).
  DOORGESTUURD: ["IN_BEHANDELING"],
  OPGELOST: ["IN_BEHANDELING"],
  AFGEWEZEN: ["IN_BEHANDELING"],
  SAMENGEVOEGD: [],
};

/** Statuses in which the municipality still has work to do: these count for overdue and duplicates. */
export const OPEN_STATUSES: readonly ReportStatus[] = ["NIEUW", "IN_BEHANDELING", "WACHT_OP_INFO"];

export function canMove(from: ReportStatus, to: ReportStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** What a staff member may choose in the status form (merging has its own form). */
export function manualTargets(from: ReportStatus): ReportStatus[] {
  return TRANSITIONS[from].filter((s) => s !== "SAMENGEVOEGD");
}

export function isOpen(status: ReportStatus): boolean {
  return OPEN_STATUSES.includes(status);
}
