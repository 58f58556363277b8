// The organiser links their own hall booking or material loan to their event dossier (and can undo
// it), so the organiser and the events staff see all three in one place. The booking and the loan
// were made through their own services, with those services' rules (availability, tariffs, lead
// times); linking changes none of that. Both sides are scoped in the `where`: the dossier must be
// the user's own event, the booking or loan the user's own and not cancelled, refused or linked.
// A request made from the wizard for a draft is unlinked from the draft the same way (it stays a
// request in its own service; only the link goes).
import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";
import { auditDossierLink, ownOpenDossierWhere } from "../dossier";
import { eventMessages as m } from "../messages";
import { EVENT_PRODUCT } from "../workflow";

export type LinkKind = "hall" | "loan";

export type LinkInput = { caseId: string; userId: string; kind: LinkKind; id: string; link: boolean };

type Column = { eventCaseId: string | null } | { eventDraftId: string | null };

/** Moves the user's own active booking or loan from one link to another; how many rows changed. */
async function moveLink(
  tx: Tx,
  input: { userId: string; kind: LinkKind; id: string },
  from: Column,
  to: Column,
) {
  const changed =
    input.kind === "hall"
      ? await tx.hallBooking.updateMany({
          where: { id: input.id, userId: input.userId, ...from, status: { in: ["REQUESTED", "APPROVED"] } },
          data: to,
        })
      : await tx.loan.updateMany({
          where: { id: input.id, userId: input.userId, ...from, status: { not: "CANCELLED" } },
          data: to,
        });
  return changed.count;
}

export async function setDossierLink(db: Db, input: LinkInput): Promise<void> {
  await transaction(db, async (tx) => {
    const dossier = await tx.case.findFirst({
      where: ownOpenDossierWhere(input.caseId, input.userId),
      select: { id: true },
    });
    if (!dossier) throw new AppError("NOT_FOUND", m.dossierNotFound);
    const from = input.link ? null : dossier.id;
    const to = input.link ? dossier.id : null;
    if ((await moveLink(tx, input, { eventCaseId: from }, { eventCaseId: to })) === 0)
      throw new AppError("CONFLICT", m.linkNotPossible);
    await auditDossierLink(tx, {
      caseId: dossier.id,
      actorId: input.userId,
      kind: input.kind,
      id: input.id,
      link: input.link,
    });
  });
}

/**
 * Undoes the link of a request made from the wizard for the user's own event draft. The draft row is
 * locked for share, so a submit at the same moment (which moves the links to the case) either runs
 * first, and this finds no draft, or after, and moves only what is still linked.
 */
export async function unlinkFromDraft(
  db: Db,
  input: { draftId: string; userId: string; kind: LinkKind; id: string },
): Promise<void> {
  await transaction(db, async (tx) => {
    await tx.$queryRaw`SELECT id FROM "CaseDraft" WHERE id = ${input.draftId} AND "userId" = ${input.userId} FOR SHARE`;
    const draft = await tx.caseDraft.findFirst({
      where: { id: input.draftId, userId: input.userId, version: { product: { slug: EVENT_PRODUCT } } },
      select: { id: true },
    });
    if (!draft) throw new AppError("NOT_FOUND", m.draftNotFound);
    if ((await moveLink(tx, input, { eventDraftId: draft.id }, { eventDraftId: null })) === 0)
      throw new AppError("CONFLICT", m.unlinkNotPossible);
    await auditDossierLink(tx, {
      caseId: draft.id,
      actorId: input.userId,
      kind: input.kind,
      id: input.id,
      link: false,
      draft: true,
    });
  });
}
