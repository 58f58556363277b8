// A case workflow is data (CaseWorkflow, CaseStatus, CaseTransition): the statuses, their kind
// (open, waiting for the applicant, decided, closed) and the moves staff may make. These pure
// rules read it; the e-loket and the event notification each have their own workflow rows.
import type { CaseStatusKind } from "@/generated/prisma/enums";

export type WorkflowData = {
  statuses: { code: string; label: string; kind: CaseStatusKind; position: number; initial: boolean }[];
  transitions: { fromCode: string; toCode: string; label: string }[];
};

export function initialStatus(w: WorkflowData): string {
  const first = w.statuses.find((s) => s.initial);
  if (!first) throw new Error("workflow without initial status");
  return first.code;
}

export function statusOf(w: WorkflowData, code: string) {
  return w.statuses.find((s) => s.code === code);
}

/** The moves staff can make from a status (asking a question is its own command). */
export function movesFrom(w: WorkflowData, code: string) {
  return w.transitions.filter((t) => t.fromCode === code && statusOf(w, t.toCode)?.kind !== "WAITING");
}

export function canMove(w: WorkflowData, from: string, to: string): boolean {
  return w.transitions.some((t) => t.fromCode === from && t.toCode === to);
}

/** The status a case waits in while a question is open (the first WAITING status reachable). */
export function waitingStatus(w: WorkflowData, from: string): string | undefined {
  return w.transitions.find((t) => t.fromCode === from && statusOf(w, t.toCode)?.kind === "WAITING")?.toCode;
}

export const isOpenKind = (kind: CaseStatusKind | undefined) => kind === "OPEN" || kind === "WAITING";
