// Staff give a hall its photo: stored as a public picture with its sizes, the old one removed, the
// change in the audit log. The catalogue shows the drawn illustration until a hall has a photo.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { transaction } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";
import { type PreparedPhoto, replacePublicPhoto } from "@/lib/uploads/public-photo";
import { hallMessages } from "../messages";

export const HALL_PHOTO_PURPOSE = "hall-photo";

export async function setHallPhoto(hallId: string, alt: string, photo: PreparedPhoto, staffId: string) {
  return transaction(db, async (tx) => {
    const hall = await tx.hall.findUnique({ where: { id: hallId }, select: { id: true, photoId: true } });
    if (!hall) throw new AppError("NOT_FOUND", hallMessages.hallNotFound);
    const photoId = await replacePublicPhoto(tx, hall.photoId, photo, {
      purpose: HALL_PHOTO_PURPOSE,
      uploadedById: staffId,
    });
    await tx.hall.update({ where: { id: hall.id }, data: { photoId, photoAlt: alt } });
    await recordAudit(tx, {
      actorId: staffId,
      action: "hall.photo-changed",
      subjectType: "Hall",
      subjectId: hall.id,
      details: { photoAlt: alt, width: photo.file.width, height: photo.file.height },
    });
    return photoId;
  });
}
