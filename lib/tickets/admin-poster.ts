// Staff give a performance its poster: stored as a public picture with its sizes, the old one
// removed, the change in the audit log. The programme shows no picture until there is one.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { transaction } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";
import { type PreparedPhoto, replacePublicPhoto } from "@/lib/uploads/public-photo";
import { ticketMessages } from "./messages";

export const POSTER_PURPOSE = "performance-poster";

export async function setPerformancePoster(
  performanceId: string,
  alt: string,
  poster: PreparedPhoto,
  staffId: string,
) {
  return transaction(db, async (tx) => {
    const performance = await tx.performance.findUnique({
      where: { id: performanceId },
      select: { id: true, posterId: true },
    });
    if (!performance) throw new AppError("NOT_FOUND", ticketMessages.performanceNotFound);
    const posterId = await replacePublicPhoto(tx, performance.posterId, poster, {
      purpose: POSTER_PURPOSE,
      uploadedById: staffId,
    });
    await tx.performance.update({ where: { id: performance.id }, data: { posterId, posterAlt: alt } });
    await recordAudit(tx, {
      actorId: staffId,
      action: "performance.poster-changed",
      subjectType: "Performance",
      subjectId: performance.id,
      details: { posterAlt: alt, width: poster.file.width, height: poster.file.height },
    });
    return posterId;
  });
}
