// The municipality's own data (name, phone, address): seeded, never hard-coded in pages. Cached for
// every page (it is in the header and footer); only a change of the seed data would alter it.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import type { Db, Tx } from "@/lib/db/client";

export async function getMunicipality() {
  "use cache";
  cacheLife("max");
  cacheTag(CACHE_TAGS.municipality);
  return loadMunicipality();
}

const picture = { id: true, width: true, height: true } as const;

/** As stored now, for commands and documents (also outside a Next request, e.g. in jobs and tests). */
async function loadMunicipality(client: Db | Tx = db) {
  const municipality = await client.municipality.findUnique({
    where: { id: 1 },
    include: { logoFile: { select: picture }, heroFile: { select: picture } },
  });
  if (!municipality) throw new Error("Geen gemeentegegevens: voer de seed uit (npm run db:seed).");
  return municipality;
}

/** The municipality's identity as the PDF and mail layouts print it (documents are made by commands). */
export async function getPdfIdentity(client: Db | Tx = db) {
  const m = await loadMunicipality(client);
  return {
    name: m.name,
    street: m.street,
    postcode: m.postcode,
    city: m.city,
    phoneDisplay: m.phoneDisplay,
    email: m.email,
    website: m.website,
  };
}
