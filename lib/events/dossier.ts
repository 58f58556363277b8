// The one rule for "this is the user's own open event dossier", shared by linking an earlier hall
// booking or loan (commands/link.ts) and by the hall and lending services when a request is made
// for an event (their create commands call `requireOwnOpenDossier` inside their own transaction,
// so the request and its link are written together or not at all). The dossier is a submitted
// event case, or, from the wizard, the user's event draft (its link moves to the case on submit).
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { applicantCaseScope } from "@/lib/cases/access";
import { db } from "@/lib/db";
import type { Db, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { eventMessages as m } from "./messages";
import { EVENT_PRODUCT, EVENTS_WORKFLOW } from "./workflow";

/** The `where` of the user's own open event dossier with this id. */
export function ownOpenDossierWhere(caseId: string, userId: string) {
  return { id: caseId, workflowId: EVENTS_WORKFLOW, closedAt: null, ...applicantCaseScope(userId) };
}

/** A submitted dossier (with its number) or the wizard's draft (number null). */
export type EventDossier = { id: string; number: string | null };

/** The user's own open dossier or own event draft with this id, for the request pages; else null. */
export async function ownOpenDossier(
  id: string,
  userId: string,
  client: Db | Tx = db,
): Promise<EventDossier | null> {
  const found = await client.case.findFirst({
    where: ownOpenDossierWhere(id, userId),
    select: { id: true, number: true },
  });
  if (found) return found;
  const draft = await client.caseDraft.findFirst({
    where: { id, userId, version: { product: { slug: EVENT_PRODUCT } } },
    select: { id: true },
  });
  return draft ? { id: draft.id, number: null } : null;
}

/** Which column links a request to the dossier. */
export type DossierLink = { eventCaseId: string } | { eventDraftId: string };

/**
 * Inside a request's transaction: the dossier must be the user's own open one, else the request is
 * refused. A draft's row is locked for share, so a submit running at the same time either finds
 * the request to move to the case or the request finds the draft gone and is refused.
 */
export async function requireOwnOpenDossier(tx: Tx, id: string, userId: string): Promise<DossierLink> {
  await tx.$queryRaw`SELECT id FROM "CaseDraft" WHERE id = ${id} AND "userId" = ${userId} FOR SHARE`;
  const dossier = await ownOpenDossier(id, userId, tx);
  if (!dossier) throw new AppError("NOT_FOUND", m.dossierNotFound);
  return dossier.number === null ? { eventDraftId: dossier.id } : { eventCaseId: dossier.id };
}

/** The audit entry of a link, made on creation or afterwards. */
export function auditDossierLink(
  tx: Tx,
  entry: {
    caseId: string;
    actorId: string;
    kind: "hall" | "loan";
    id: string;
    link: boolean;
    draft?: boolean;
  },
) {
  return recordAudit(tx, {
    actorId: entry.actorId,
    action: entry.link ? "case.booking-linked" : "case.booking-unlinked",
    subjectType: entry.draft ? "CaseDraft" : "Case",
    subjectId: entry.caseId,
    details: { kind: entry.kind, id: entry.id },
  });
}

/** The link's audit entry for a request just made for a dossier. */
export function auditLinkOnCreate(
  tx: Tx,
  link: DossierLink,
  entry: { actorId: string; kind: "hall" | "loan"; id: string },
) {
  return "eventCaseId" in link
    ? auditDossierLink(tx, { ...entry, caseId: link.eventCaseId, link: true })
    : auditDossierLink(tx, { ...entry, caseId: link.eventDraftId, link: true, draft: true });
}
