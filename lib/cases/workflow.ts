// A case workflow is data (CaseWorkflow, CaseStatus, CaseTransition): the statuses, their kind
// (open, waiting for the applicant, decided, closed) and the moves staff may make. These pure
// rules read it; the e-loket and the event notification each have their own workflow rows.
import type { CaseStatusKind } from "@/generated/prisma/enums";

export type WorkflowData = {
  statuses: {
    code: string;
    label: string;
    kind: CaseStatusKind;
    position: number;
    initial: boolean;
    refuses: boolean;
  }[];
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

/**
 * The plain moves staff can make from a status. Asking a question and deciding are commands of
 * their own (a question text; an outcome with its reason), so their statuses are not among these.
 */
export function movesFrom(w: WorkflowData, code: string) {
  return w.transitions.filter((t) => {
    const kind = statusOf(w, t.toCode)?.kind;
    return t.fromCode === code && kind !== "WAITING" && kind !== "DECIDED";
  });
}

/** The decisions staff can take from a status: the decided statuses it leads to. */
export function decisionsFrom(w: WorkflowData, code: string) {
  return w.transitions
    .filter((t) => t.fromCode === code && statusOf(w, t.toCode)?.kind === "DECIDED")
    .map((t) => ({ ...t, refuses: statusOf(w, t.toCode)!.refuses }));
}

export function canMove(w: WorkflowData, from: string, to: string): boolean {
  return w.transitions.some((t) => t.fromCode === from && t.toCode === to);
}

/** The status a case waits in while a question is open (the first WAITING status reachable). */
export function waitingStatus(w: WorkflowData, from: string): string | undefined {
  return w.transitions.find((t) => t.fromCode === from && statusOf(w, t.toCode)?.kind === "WAITING")?.toCode;
}

/**
 * How a case that nobody handled yet reaches the first approving decision: straight, or through one
 * open status (ontvangen → in behandeling → goedgekeurd). Null when the workflow has no such way.
 */
export function approvalPath(w: WorkflowData, from: string): { via: string | null; outcome: string } | null {
  const approving = w.statuses
    .filter((s) => s.kind === "DECIDED" && !s.refuses)
    .sort((a, b) => a.position - b.position);
  for (const s of approving) {
    if (canMove(w, from, s.code)) return { via: null, outcome: s.code };
    const via = w.transitions.find(
      (t) => t.fromCode === from && statusOf(w, t.toCode)?.kind === "OPEN" && canMove(w, t.toCode, s.code),
    );
    if (via) return { via: via.toCode, outcome: s.code };
  }
  return null;
}

/**
 * How the population register can still decide a case (an attest issued from it): for the
 * applicant's own filing only while nobody handled it (its initial status), for staff of its team
 * from any open status. Null when the case is closed, decided or waiting for the applicant.
 */
export function registerApprovalPath(
  c: { workflow: WorkflowData; status: string; closedAt: Date | null },
  by: "applicant" | "staff",
): ReturnType<typeof approvalPath> {
  if (c.closedAt) return null;
  const allowed =
    by === "staff" ? statusOf(c.workflow, c.status)?.kind === "OPEN" : c.status === initialStatus(c.workflow);
  return allowed ? approvalPath(c.workflow, c.status) : null;
}

export const isOpenKind = (kind: CaseStatusKind | undefined) => kind === "OPEN" || kind === "WAITING";
