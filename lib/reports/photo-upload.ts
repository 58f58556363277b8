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

export type CleanPhoto = { contentType: PhotoType; bytes: Uint8Array };

export async function cleanPhotos(files: readonly File[]): Promise<CleanPhoto[]> {
  // A file input left empty still posts one empty file (its name differs per browser and path).
  const chosen = files.filter((f) => f.size > 0);
  if (chosen.length > MAX_PHOTOS)
    throw new AppError("INVALID_INPUT", `Je kunt maximaal ${MAX_PHOTOS} foto's toevoegen.`);
  const out: CleanPhoto[] = [];
  for (const file of chosen) {
    if (file.size > MAX_PHOTO_BYTES)
      throw new AppError(
        "INVALID_INPUT",
        `De foto "${file.name}" is te groot. Een foto mag maximaal ${MAX_PHOTO_BYTES / 1024 / 1024} MB zijn.`,
      );
    const bytes = new Uint8Array(await file.arrayBuffer());
    const type = sniffImageType(bytes);
    if (!type)
      throw new AppError(
        "INVALID_INPUT",
        `"${file.name}" is geen foto die we aanvaarden. Kies een JPEG-, PNG- of WebP-bestand.`,
      );
    try {
      out.push({ contentType: type, bytes: stripMetadata(bytes, type) });
    } catch (error) {
      if (error instanceof PhotoFormatError)
        throw new AppError("INVALID_INPUT", `De foto "${file.name}" is beschadigd. Kies een andere foto.`);
      throw error;
    }
  }
  return out;
}
