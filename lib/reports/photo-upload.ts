// Turns the files of a form post into checked, metadata-free photos, or a Dutch error. Runs
// before any database write, so a bad file stores nothing.
import { AppError } from "@/lib/errors";
import {
  MAX_PHOTO_BYTES,
  MAX_PHOTOS,
  PhotoFormatError,
  type PhotoType,
  sniffImageType,
  stripMetadata,
} from "./photos";
import { reportMessages } from "./messages";

export type CleanPhoto = { contentType: PhotoType; bytes: Uint8Array };

export async function cleanPhotos(files: readonly File[]): Promise<CleanPhoto[]> {
  // A file input left empty still posts one empty file (its name differs per browser and path).
  const chosen = files.filter((f) => f.size > 0);
  if (chosen.length > MAX_PHOTOS)
    throw new AppError("INVALID_INPUT", reportMessages.tooManyPhotos(MAX_PHOTOS));
  const out: CleanPhoto[] = [];
  for (const file of chosen) {
    if (file.size > MAX_PHOTO_BYTES)
      throw new AppError(
        "INVALID_INPUT",
        reportMessages.photoTooLarge(file.name, MAX_PHOTO_BYTES / 1024 / 1024),
      );
    const bytes = new Uint8Array(await file.arrayBuffer());
    const type = sniffImageType(bytes);
    if (!type) throw new AppError("INVALID_INPUT", reportMessages.notAPhoto(file.name));
    try {
      out.push({ contentType: type, bytes: stripMetadata(bytes, type) });
    } catch (error) {
      if (error instanceof PhotoFormatError)
        throw new AppError("INVALID_INPUT", reportMessages.photoDamaged(file.name));
      throw error;
    }
  }
  return out;
}
