// Photos of a report go through the one upload store: the type from the bytes, phone photos turned
// upright and stripped of every metadata field (GPS included) by lib/uploads, kept as private files
// that only the report's own route serves (the status-page link holder, or staff).
import type { Tx } from "@/lib/db/client";
import { type CleanFile, cleanUploads } from "@/lib/uploads/clean";
import { storeFile } from "@/lib/uploads/store";

import { PHOTO_POLICY } from "./photo-policy";

export const REPORT_PHOTO_PURPOSE = "report-photo";

/** The photos of a form post, checked and cleaned; a refusal names the form's photo field. */
export function cleanReportPhotos(files: readonly File[]): Promise<CleanFile[]> {
  return cleanUploads(files, PHOTO_POLICY);
}

/** Stores cleaned photos and links them to the report, inside the report's transaction. */
export async function attachPhotos(
  tx: Tx,
  reportId: string,
  photos: readonly CleanFile[],
  uploadedById: string | null,
): Promise<void> {
  for (const photo of photos) {
    const fileId = await storeFile(tx, photo, {
      purpose: REPORT_PHOTO_PURPOSE,
      visibility: "PRIVATE",
      uploadedById,
    });
    await tx.reportPhoto.create({ data: { reportId, fileId } });
  }
}
