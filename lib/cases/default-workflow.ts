// The e-loket's workflow as rows: ontvangen → in behandeling → beslist → afgehandeld, with
// "wacht op aanvrager" while a question is open. Created once (by the seed, and by tests); staff
// may change the labels and moves in the database. Other services add their own workflow rows.
import type { CaseStatusKind } from "@/generated/prisma/enums";
import type { Db } from "@/lib/db/client";

export const ELOKET_WORKFLOW = "eloket";

const statuses: { code: string; label: string; kind: CaseStatusKind; initial?: boolean }[] = [
  { code: "RECEIVED", label: "Ontvangen", kind: "OPEN", initial: true },
  { code: "IN_PROGRESS", label: "In behandeling", kind: "OPEN" },
  { code: "AWAITING_APPLICANT", label: "Wacht op aanvrager", kind: "WAITING" },
  { code: "DECIDED", label: "Beslist", kind: "DECIDED" },
  { code: "CLOSED", label: "Afgehandeld", kind: "CLOSED" },
];

const transitions: [from: string, to: string, label: string][] = [
  ["RECEIVED", "IN_PROGRESS", "In behandeling nemen"],
  ["RECEIVED", "AWAITING_APPLICANT", "Vraag stellen"],
  ["IN_PROGRESS", "AWAITING_APPLICANT", "Vraag stellen"],
  ["IN_PROGRESS", "DECIDED", "Beslissing nemen"],
  ["IN_PROGRESS", "CLOSED", "Afhandelen"],
  ["DECIDED", "CLOSED", "Afhandelen"],
];

export async function ensureEloketWorkflow(db: Db) {
  await db.caseWorkflow.upsert({
    where: { id: ELOKET_WORKFLOW },
    update: {},
    create: { id: ELOKET_WORKFLOW, name: "E-loket" },
  });
  await db.caseStatus.createMany({
    data: statuses.map((s, i) => ({
      workflowId: ELOKET_WORKFLOW,
      code: s.code,
      label: s.label,
      kind: s.kind,
      position: i,
      initial: s.initial ?? false,
    })),
    skipDuplicates: true,
  });
  await db.caseTransition.createMany({
    data: transitions.map(([fromCode, toCode, label]) => ({
      workflowId: ELOKET_WORKFLOW,
      fromCode,
      toCode,
      label,
    })),
    skipDuplicates: true,
  });
}
