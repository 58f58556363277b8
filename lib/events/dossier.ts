// The one rule for "this is the user's own open event dossier", shared by linking an earlier hall
// booking or loan (commands/link.ts) and by the hall and lending services when a request is made
// for a dossier (their create commands call `linkOnCreate` inside their own transaction, so the
// request and its link are written together or not at all).
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { applicantCaseScope } from "@/lib/cases/access";
import { db } from "@/lib/db";
import type { Db, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { eventMessages as m } from "./messages";
import { EVENTS_WORKFLOW } from "./workflow";

/** The `where` of the user's own open event dossier with this id. */
export function ownOpenDossierWhere(caseId: string, userId: string) {
  return { id: caseId, workflowId: EVENTS_WORKFLOW, closedAt: null, ...applicantCaseScope(userId) };
}

/** The dossier (id, number) for the request pages, or null when it is not the user's open one. */
export async function ownOpenDossier(caseId: string, userId: string, client: Db | Tx = db) {
  const found = await client.case.findFirst({
    where: ownOpenDossierWhere(caseId, userId),
    select: { id: true, number: true },
  });
  return found;
}

/** Inside a request's transaction: the dossier must be the user's own open one, else the request is refused. */
export async function requireOwnOpenDossier(tx: Tx, caseId: string, userId: string): Promise<string> {
  const dossier = await ownOpenDossier(caseId, userId, tx);
  if (!dossier) throw new AppError("NOT_FOUND", m.dossierNotFound);
  return dossier.id;
}

/** The audit entry of a link, made on creation or afterwards. */
export function auditDossierLink(
  tx: Tx,
  entry: { caseId: string; actorId: string; kind: "hall" | "loan"; id: string; link: boolean },
) {
  return recordAudit(tx, {
    actorId: entry.actorId,
    action: entry.link ? "case.booking-linked" : "case.booking-unlinked",
    subjectType: "Case",
    subjectId: entry.caseId,
    details: { kind: entry.kind, id: entry.id },
  });
}
