// Reads a stored file for a route that serves it; the route decides who may see it.
import type { Db } from "@/lib/db/client";

export type ServedFile = { contentType: string; bytes: Uint8Array; originalName: string | null };

/** The file, or for a picture the smallest rendition at least `width` wide (the original if none). */
export async function readStoredFile(db: Db, id: string, width?: number): Promise<ServedFile | null> {
  const file = await db.storedFile.findFirst({
    where: { id, parentId: null },
    select: { contentType: true, bytes: true, originalName: true, width: true },
  });
  if (!file) return null;
  if (width && file.width && width < file.width) {
    const rendition = await db.storedFile.findFirst({
      where: { parentId: id, width: { gte: width } },
      orderBy: { width: "asc" },
      select: { contentType: true, bytes: true, originalName: true },
    });
    if (rendition) return rendition;
  }
  return { contentType: file.contentType, bytes: file.bytes, originalName: file.originalName };
}

export async function visibilityOf(db: Db, id: string): Promise<"PUBLIC" | "PRIVATE" | null> {
  const file = await db.storedFile.findFirst({ where: { id, parentId: null }, select: { visibility: true } });
  return file?.visibility ?? null;
}
