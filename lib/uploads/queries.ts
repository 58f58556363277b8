// Reads for the routes that serve uploads. Public pictures are served to anyone; private files only
// through a domain's own route that checks who asks (e.g. the meldpunt's photo route).
import "server-only";
import { db } from "@/lib/db";
import { type ServedFile, readStoredFile, visibilityOf } from "./read";

export async function publicFile(id: string, width?: number): Promise<ServedFile | null> {
  if ((await visibilityOf(db, id)) !== "PUBLIC") return null;
  return readStoredFile(db, id, width);
}
