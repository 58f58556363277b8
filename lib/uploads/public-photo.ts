// The public pictures of the catalogues (a hall's photo, a performance's poster): one policy, the
// bytes cleaned by cleanUploads (type from the bytes, upright, no EXIF/GPS) and the responsive WebP
// sizes made before the transaction that keeps them, so image work holds no locks.
import type { Tx } from "@/lib/db/client";
import { FieldError } from "@/lib/errors";
import { type CleanFile, cleanUploads } from "./clean";
import { uploadMessages } from "./messages";
import { PUBLIC_PHOTO_POLICY } from "./public-photo-policy";
import { renditionsOf, storeFile } from "./store";

export type PreparedPhoto = { file: CleanFile; renditions: CleanFile[] };

/** The one picture of a form post, checked, cleaned and resized; a refusal names the photo field. */
export async function preparePublicPhoto(files: readonly File[]): Promise<PreparedPhoto> {
  const [file] = await cleanUploads(files, PUBLIC_PHOTO_POLICY);
  if (!file) throw new FieldError(PUBLIC_PHOTO_POLICY.field, uploadMessages.required);
  return { file, renditions: await renditionsOf(file) };
}

/**
 * Stores the new picture and removes the one it replaces (its renditions go with it). A file is
 * never changed in place: a new upload gets a new address, so browsers may cache one for a year.
 */
export async function replacePublicPhoto(
  tx: Tx,
  previousId: string | null,
  photo: PreparedPhoto,
  options: { purpose: string; uploadedById: string },
): Promise<string> {
  const id = await storeFile(tx, photo.file, { ...options, visibility: "PUBLIC" }, photo.renditions);
  if (previousId) await tx.storedFile.deleteMany({ where: { id: previousId, visibility: "PUBLIC" } });
  return id;
}
