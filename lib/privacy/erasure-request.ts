// The resident's side of the right to erasure: asking for it from /mijn/privacy. Erasing needs a
// staff check (what still runs, whether the law makes us keep something), so the request is a
// mark on the account that staff see in /beheer/inwoners/wissingen and act on.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { transaction } from "@/lib/db/tx";
import { paged } from "@/lib/paging";

/** Marks the request once; asking again keeps the first date (the one-month term counts from it). */
export async function requestErasure(userId: string, now = new Date()): Promise<void> {
  await transaction(db, async (tx) => {
    const marked = await tx.user.updateMany({
      where: { id: userId, erasureRequestedAt: null, erasedAt: null },
      data: { erasureRequestedAt: now },
    });
    if (marked.count) await recordAudit(tx, { actorId: userId, action: "privacy.erasure-requested" });
  });
}

export async function erasureRequestedAt(userId: string): Promise<Date | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { erasureRequestedAt: true } });
  return user?.erasureRequestedAt ?? null;
}

/** Open requests, oldest first (the term runs from the request), a page at a time. */
export async function listErasureRequests(page: number) {
  const where = { erasureRequestedAt: { not: null }, erasedAt: null };
  return paged(
    page,
    () => db.user.count({ where }),
    (window) =>
      db.user.findMany({
        where,
        select: { id: true, name: true, email: true, erasureRequestedAt: true },
        orderBy: [{ erasureRequestedAt: "asc" }, { id: "asc" }],
        ...window,
      }),
  );
}
