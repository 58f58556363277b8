// Turns uploaded files into what we store: the type decided from the bytes, pictures turned upright
// (phones store the rotation in EXIF, which we drop) and re-encoded without any metadata (location,
// camera, comments), at most 2400 px. Runs before any database write, so a bad file stores nothing.
import sharp from "sharp";
import { FieldError } from "@/lib/errors";
import { uploadMessages } from "./messages";
import { type FileKind, type SniffedType, kindOf, sniffType } from "./sniff";

export type UploadPolicy = {
  /** The form field, so a refusal shows next to it. */
  field: string;
  kinds: readonly FileKind[];
  maxBytes: number;
  maxFiles: number;
};

export type CleanFile = {
  contentType: SniffedType;
  bytes: Buffer;
  width: number | null;
  height: number | null;
  originalName: string;
};

const MAX_PIXELS = 2400;

/** A name fit for a Content-Disposition header: no paths, no control characters, not too long. */
export function safeName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "bestand";
  const cleaned = base.replace(/[^\p{L}\p{N}._ -]/gu, "_").slice(-100);
  return cleaned || "bestand";
}

async function cleanImage(bytes: Buffer, type: SniffedType) {
  const pipeline = sharp(bytes, { failOn: "error" })
    .rotate()
    .resize({ width: MAX_PIXELS, height: MAX_PIXELS, fit: "inside", withoutEnlargement: true });
  const encoded =
    type === "image/png"
      ? pipeline.png()
      : type === "image/webp"
        ? pipeline.webp({ quality: 82 })
        : pipeline.jpeg({ quality: 82, mozjpeg: true });
  const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
  return { bytes: data, width: info.width, height: info.height };
}

export async function cleanUploads(files: readonly File[], policy: UploadPolicy): Promise<CleanFile[]> {
  // A file input left empty still posts one empty, nameless file.
  const chosen = files.filter((f) => f.size > 0);
  if (chosen.length > policy.maxFiles)
    throw new FieldError(policy.field, uploadMessages.tooMany(policy.maxFiles));
  const out: CleanFile[] = [];
  for (const file of chosen) {
    const name = safeName(file.name);
    if (file.size > policy.maxBytes)
      throw new FieldError(policy.field, uploadMessages.tooBig(name, policy.maxBytes));
    const raw = Buffer.from(await file.arrayBuffer());
    const type = sniffType(raw);
    if (!type || !policy.kinds.includes(kindOf(type)))
      throw new FieldError(policy.field, uploadMessages.wrongType(name, policy.kinds));
    if (kindOf(type) === "pdf") {
      out.push({ contentType: type, bytes: raw, width: null, height: null, originalName: name });
      continue;
    }
    try {
      out.push({ contentType: type, ...(await cleanImage(raw, type)), originalName: name });
    } catch {
      throw new FieldError(policy.field, uploadMessages.broken(name));
    }
  }
  return out;
}
