// Staff give an item of the uitleendienst its photo: stored as a public picture with its sizes, the
// old one (the seeded drawing included) removed, the change in the audit log.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { transaction } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";
import { type PreparedPhoto, replacePublicPhoto } from "@/lib/uploads/public-photo";
import { lendingMessages } from "../messages";

export const ITEM_PHOTO_PURPOSE = "loan-item-photo";

export async function setItemPhoto(itemId: string, alt: string, photo: PreparedPhoto, staffId: string) {
  return transaction(db, async (tx) => {
    const item = await tx.loanItem.findUnique({ where: { id: itemId }, select: { id: true, photoId: true } });
    if (!item) throw new AppError("NOT_FOUND", lendingMessages.itemNotFound);
    const photoId = await replacePublicPhoto(tx, item.photoId, photo, {
      purpose: ITEM_PHOTO_PURPOSE,
      uploadedById: staffId,
    });
    await tx.loanItem.update({ where: { id: item.id }, data: { photoId, photoAlt: alt } });
    await recordAudit(tx, {
      actorId: staffId,
      action: "loan-item.photo-changed",
      subjectType: "LoanItem",
      subjectId: item.id,
      details: { photoAlt: alt, width: photo.file.width, height: photo.file.height },
    });
    return photoId;
  });
}
