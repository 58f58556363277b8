// Reads of the e-loket desk: who is being served, the products to choose from and which of them
// the resident already has a draft of (started online or at an earlier visit).
import "server-only";
import { db } from "@/lib/db";
import { pageFromSearch } from "@/lib/paging";
import { getResidentForStaff, findResidents } from "@/lib/residents/queries";
import { listProducts } from "./catalogue";

export async function eloketDesk(query: { inwoner?: string; q?: string; pagina?: string }) {
  const [resident, found, products] = await Promise.all([
    query.inwoner ? getResidentForStaff(query.inwoner.slice(0, 60)) : null,
    !query.inwoner && query.q ? findResidents(query.q.slice(0, 100), pageFromSearch(query.pagina)) : null,
    listProducts(),
  ]);
  const drafts = resident
    ? await db.caseDraft.findMany({
        where: { userId: resident.id },
        select: { version: { select: { productId: true } } },
      })
    : [];
  const started = new Set(drafts.map((d) => d.version.productId));
  return {
    resident,
    found,
    products: products.map((p) => ({ ...p, started: started.has(p.id) })),
  };
}

/** A case this staff member filed at the desk for this resident (the page after filing shows its attest). */
export async function deskFiledCase(number: string, residentId: string, staffId: string) {
  return db.case.findFirst({
    where: { number, applicantId: residentId, filedById: staffId },
    select: { id: true, documentIssuedAt: true, documentTitle: true },
  });
}
