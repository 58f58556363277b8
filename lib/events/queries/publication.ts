// The UiTdatabank publication of a dossier, for its staff page and the organiser's page (each page
// found the dossier in its own scope first). Null when publishing is not configured: then nothing
// about UiTdatabank is shown.
import "server-only";
import { db } from "@/lib/db";
import type { Db } from "@/lib/db/client";
import { uitdatabankConfig } from "@/lib/env";

export async function publicationOf(caseId: string, client: Db = db) {
  if (!uitdatabankConfig()) return null;
  return client.eventPublication.findUnique({
    where: { caseId },
    select: { status: true, lastError: true, externalId: true, publicUrl: true, publishedAt: true },
  });
}

export type PublicationView = NonNullable<Awaited<ReturnType<typeof publicationOf>>>;
