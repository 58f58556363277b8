// The e-loket's workflow as rows: ontvangen → in behandeling → goedgekeurd | geweigerd →
// afgehandeld, with "wacht op aanvrager" while a question is open (and afgehandeld straight from in
// behandeling for what needs no decision, such as a complaint). Created once (by the seed, and by tests); staff
// may change the labels and moves in the database. Other services add their own workflow rows.
import type { CaseStatusKind } from "@/generated/prisma/enums";
import type { Db } from "@/lib/db/client";

export const ELOKET_WORKFLOW = "eloket";

const statuses: WorkflowRows["statuses"] = [
  { code: "RECEIVED", label: "Ontvangen", kind: "OPEN", initial: true },
  { code: "IN_PROGRESS", label: "In behandeling", kind: "OPEN" },
  { code: "AWAITING_APPLICANT", label: "Wacht op aanvrager", kind: "WAITING" },
  { code: "APPROVED", label: "Goedgekeurd", kind: "DECIDED" },
  { code: "REFUSED", label: "Geweigerd", kind: "DECIDED", refuses: true },
  { code: "CLOSED", label: "Afgehandeld", kind: "CLOSED" },
];

const transitions: WorkflowRows["transitions"] = [
  ["RECEIVED", "IN_PROGRESS", "In behandeling nemen"],
  ["RECEIVED", "AWAITING_APPLICANT", "Vraag stellen"],
  ["IN_PROGRESS", "AWAITING_APPLICANT", "Vraag stellen"],
  ["IN_PROGRESS", "APPROVED", "Goedkeuren"],
  ["IN_PROGRESS", "REFUSED", "Weigeren"],
  ["IN_PROGRESS", "CLOSED", "Afhandelen"],
  ["APPROVED", "CLOSED", "Afhandelen"],
  ["REFUSED", "CLOSED", "Afhandelen"],
];

export type WorkflowRows = {
  id: string;
  name: string;
  statuses: { code: string; label: string; kind: CaseStatusKind; initial?: boolean; refuses?: boolean }[];
  transitions: [from: string, to: string, label: string][];
};

/** Creates a workflow's rows once (seed, tests); rows staff changed since are left alone. */
export async function ensureWorkflow(db: Db, w: WorkflowRows) {
  await db.caseWorkflow.upsert({ where: { id: w.id }, update: {}, create: { id: w.id, name: w.name } });
  await db.caseStatus.createMany({
    data: w.statuses.map((s, i) => ({
      workflowId: w.id,
      code: s.code,
      label: s.label,
      kind: s.kind,
      position: i,
      initial: s.initial ?? false,
      refuses: s.refuses ?? false,
    })),
    skipDuplicates: true,
  });
  await db.caseTransition.createMany({
    data: w.transitions.map(([fromCode, toCode, label]) => ({ workflowId: w.id, fromCode, toCode, label })),
    skipDuplicates: true,
  });
}

export async function ensureEloketWorkflow(db: Db) {
  await ensureWorkflow(db, { id: ELOKET_WORKFLOW, name: "E-loket", statuses, transitions });
}
