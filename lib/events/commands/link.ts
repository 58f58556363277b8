// The organiser links their own hall booking or material loan to their event dossier (and can undo
// it), so the organiser and the events staff see all three in one place. The booking and the loan
// were made through their own services, with those services' rules (availability, tariffs, lead
// times); linking changes none of that. Both sides are scoped in the `where`: the dossier must be
// the user's own event, the booking or loan the user's own and not cancelled, refused or linked.
import "server-only";
import type { Db } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";
import { auditDossierLink, ownOpenDossierWhere } from "../dossier";
import { eventMessages as m } from "../messages";

export type LinkKind = "hall" | "loan";

export type LinkInput = { caseId: string; userId: string; kind: LinkKind; id: string; link: boolean };

export async function setDossierLink(db: Db, input: LinkInput): Promise<void> {
  await transaction(db, async (tx) => {
    const dossier = await tx.case.findFirst({
      where: ownOpenDossierWhere(input.caseId, input.userId),
      select: { id: true },
    });
    if (!dossier) throw new AppError("NOT_FOUND", m.dossierNotFound);
    const from = input.link ? null : dossier.id;
    const to = input.link ? dossier.id : null;
    const changed =
      input.kind === "hall"
        ? await tx.hallBooking.updateMany({
            where: {
              id: input.id,
              userId: input.userId,
              eventCaseId: from,
              status: { in: ["REQUESTED", "APPROVED"] },
            },
            data: { eventCaseId: to },
          })
        : await tx.loan.updateMany({
            where: { id: input.id, userId: input.userId, eventCaseId: from, status: { not: "CANCELLED" } },
            data: { eventCaseId: to },
          });
    if (changed.count === 0) throw new AppError("CONFLICT", m.linkNotPossible);
    await auditDossierLink(tx, {
      caseId: dossier.id,
      actorId: input.userId,
      kind: input.kind,
      id: input.id,
      link: input.link,
    });
  });
}
