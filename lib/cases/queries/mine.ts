// The applicant's own cases (Mijn Wingene): only rows whose applicantId is theirs.
import "server-only";
import { db } from "@/lib/db";
import type { Db } from "@/lib/db/client";
import { paged } from "@/lib/paging";
import { applicantCaseScope } from "../access";

const myCaseSelect = {
  id: true,
  number: true,
  status: true,
  submittedAt: true,
  dueOn: true,
  product: { select: { name: true } },
  workflow: { select: { statuses: { select: { code: true, label: true, kind: true } } } },
  questions: { where: { answeredAt: null }, select: { id: true } },
} as const;

/** The applicant's cases, newest first, one page (lib/paging), index Case(applicantId, submittedAt). */
export async function getMyCases(userId: string, page = 1, client: Db = db) {
  const where = applicantCaseScope(userId);
  const { rows, ...paging } = await paged(
    page,
    () => client.case.count({ where }),
    (window) =>
      client.case.findMany({
        where,
        orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
        select: myCaseSelect,
        ...window,
      }),
  );
  return {
    ...paging,
    rows: rows.map(({ workflow, questions, ...r }) => {
      const status = workflow.statuses.find((s) => s.code === r.status);
      return { ...r, statusLabel: status?.label ?? r.status, openQuestion: questions.length > 0 };
    }),
  };
}

export async function getMyCase(userId: string, id: string, client: Db = db) {
  return client.case.findFirst({
    where: { AND: [{ id }, applicantCaseScope(userId)] },
    include: {
      product: { select: { name: true } },
      team: { select: { name: true } },
      version: { select: { definition: true } },
      workflow: { include: { statuses: { orderBy: { position: "asc" } } } },
      // Internal notes and assignments stay with staff.
      events: { where: { internal: false }, orderBy: { at: "asc" } },
      questions: { orderBy: { askedAt: "asc" } },
      decision: true,
    },
  });
}

/**
 * Requests still being filled in ("concept"), newest first, to resume on any device. Unpaged: one
 * draft per product version at most (CaseDraft's unique userId, versionId), so the catalogue bounds it.
 */
export async function getMyDrafts(userId: string, client: Db = db) {
  const rows = await client.caseDraft.findMany({
    where: { userId },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      updatedAt: true,
      version: { select: { product: { select: { slug: true, name: true } } } },
    },
  });
  return rows.map((d) => ({ id: d.id, updatedAt: d.updatedAt, ...d.version.product }));
}
