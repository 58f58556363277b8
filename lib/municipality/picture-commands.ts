// Staff replace the logo or the home page photo with a picture of their own, or put the drawing
// back. The picture is stored like a hall's photo (public, cleaned, with responsive sizes); the one
// it replaces is removed, and the change is in the audit log.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { type PreparedPhoto, replacePublicPhoto } from "@/lib/uploads/public-photo";
import type { IdentityPicture } from "./picture-schema";

const column = { logo: "logoFileId", hero: "heroFileId" } as const;

async function currentFileId(tx: Tx, which: IdentityPicture): Promise<string | null> {
  const current = await tx.municipality.findUniqueOrThrow({
    where: { id: 1 },
    select: { logoFileId: true, heroFileId: true },
  });
  return current[column[which]];
}

export const identityPicturePurpose = (which: IdentityPicture) => `municipality-${which}`;

export async function setIdentityPicture(which: IdentityPicture, photo: PreparedPhoto, staffId: string) {
  return transaction(db, async (tx) => {
    const previousId = await currentFileId(tx, which);
    const fileId = await replacePublicPhoto(tx, previousId, photo, {
      purpose: identityPicturePurpose(which),
      uploadedById: staffId,
    });
    await tx.municipality.update({ where: { id: 1 }, data: { [column[which]]: fileId } });
    await recordAudit(tx, {
      actorId: staffId,
      action: "municipality.picture-changed",
      subjectType: "Municipality",
      subjectId: "1",
      details: { which, width: photo.file.width, height: photo.file.height },
    });
    return fileId;
  });
}

/** The drawing again; false when there was no own picture to remove. */
export async function resetIdentityPicture(which: IdentityPicture, staffId: string): Promise<boolean> {
  return transaction(db, async (tx) => {
    const previousId = await currentFileId(tx, which);
    if (!previousId) return false;
    await tx.municipality.update({ where: { id: 1 }, data: { [column[which]]: null } });
    await tx.storedFile.deleteMany({ where: { id: previousId, visibility: "PUBLIC" } });
    await recordAudit(tx, {
      actorId: staffId,
      action: "municipality.picture-reset",
      subjectType: "Municipality",
      subjectId: "1",
      details: { which },
    });
    return true;
  });
}
