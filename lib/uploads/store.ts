// Stores cleaned files in the one place for uploads (StoredFile). Public pictures also get smaller
// WebP renditions, so a phone downloads 640 px instead of 2400.
import { createHash } from "node:crypto";
import sharp from "sharp";
import type { Db, Tx } from "@/lib/db/client";
import type { CleanFile } from "./clean";

import { RENDITION_WIDTHS } from "./sizes";

export { RENDITION_WIDTHS };

export type StoreOptions = {
  purpose: string;
  visibility: "PUBLIC" | "PRIVATE";
  uploadedById?: string | null;
};

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/** Renditions are computed before the transaction that stores them: image work holds no locks. */
export async function renditionsOf(file: CleanFile): Promise<CleanFile[]> {
  if (!file.width || file.contentType === "application/pdf") return [];
  const widths = RENDITION_WIDTHS.filter((w) => w < file.width!);
  return Promise.all(
    widths.map(async (width) => {
      const { data, info } = await sharp(file.bytes)
        .resize({ width })
        .webp({ quality: 78 })
        .toBuffer({ resolveWithObject: true });
      return {
        ...file,
        contentType: "image/webp" as const,
        bytes: data,
        width: info.width,
        height: info.height,
      };
    }),
  );
}

function row(file: CleanFile, options: StoreOptions, parentId: string | null) {
  return {
    purpose: options.purpose,
    visibility: options.visibility,
    contentType: file.contentType,
    size: file.bytes.length,
    width: file.width,
    height: file.height,
    sha256: sha256(file.bytes),
    bytes: new Uint8Array(file.bytes),
    originalName: file.originalName,
    uploadedById: options.uploadedById ?? null,
    parentId,
  };
}

/** Stores a file and the renditions made for it; returns the file's id. */
export async function storeFile(
  tx: Db | Tx,
  file: CleanFile,
  options: StoreOptions,
  renditions: CleanFile[] = [],
): Promise<string> {
  const stored = await tx.storedFile.create({ data: row(file, options, null), select: { id: true } });
  if (renditions.length)
    await tx.storedFile.createMany({ data: renditions.map((r) => row(r, options, stored.id)) });
  return stored.id;
}
