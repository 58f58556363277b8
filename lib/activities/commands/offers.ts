// The waiting list. When a place is free and children wait for it, the first in arrival order gets
// an offer: the place is held for them through the capacity engine (reference `offer:<id>`) until
// the offer expires (ActivitySettings.offerHours), and a mail carries a one-click bearer link (192
// random bits; only the SHA-256 is stored). Expiry is a conditional update (OFFERED and due →
// LAPSED), so of two job runs only one moves an offer on; offers are made under the pool's lock,
// so a place is offered once. The job `activity-offers` runs every minute; a cancellation calls
// offerFreedPlaces for its session at once.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import { lockPools, releaseHolds, takeHolds } from "@/lib/capacity";
import { db as appDb } from "@/lib/db";
import type { Db } from "@/lib/db/client";
import { transaction, unlessTakenElsewhere } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";
import { deliverQueued, queueMail } from "@/lib/mail/outbox";
import { createOrder } from "@/lib/payments";
import { ACTIVITY_ITEM } from "../fulfil";
import { offerMail } from "../mails";
import { activityMessages } from "../messages";
import { offerPrice } from "./price";
import { registrationRefusals } from "./register";

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Registrations whose order was cancelled or lapsed give their place up (it went back to the pool). */
async function lapseUnpaid(db: Db): Promise<string[]> {
  const rows = await db.$queryRaw<{ sessionId: string }[]>`
    UPDATE "ActivityRegistration" r SET status = 'LAPSED', "updatedAt" = now()
    FROM "Order" o
    WHERE o.id = r."orderId" AND r.status = 'HELD' AND o.status IN ('EXPIRED', 'CANCELLED')
    RETURNING r."sessionId"`;
  return rows.map((r) => r.sessionId);
}

/**
 * Due offers lapse (claimed by a conditional update) and their held place is given back. A run that
 * finds them locked leaves them to the run holding them.
 */
export async function expireOffers(db: Db, now = new Date()): Promise<string[]> {
  const expired = await unlessTakenElsewhere(db, async (tx) => {
    const due = await tx.$queryRaw<{ id: string; sessionId: string }[]>`
      UPDATE "ActivityRegistration" SET status = 'LAPSED', "offerTokenHash" = NULL, "updatedAt" = ${now}
      WHERE status = 'OFFERED' AND "offerExpiresAt" <= ${now}
      RETURNING id, "sessionId"`;
    for (const r of due) await releaseHolds(tx, `offer:${r.id}`);
    return due.map((r) => r.sessionId);
  });
  return expired ?? [];
}

/**
 * Offers every free place of a session to the first children waiting for it. Offers are made under
 * the pool's lock: a run that cannot have it leaves the session to the one offering its places now.
 */
export async function offerFreedPlaces(db: Db, sessionId: string, now = new Date()): Promise<number> {
  const settings = await db.activitySettings.findUnique({ where: { id: 1 } });
  const expiresAt = new Date(now.getTime() + (settings?.offerHours ?? 48) * 3_600_000);
  const offered = await unlessTakenElsewhere(db, async (tx) => {
    const session = await tx.activitySession.findUnique({
      where: { id: sessionId },
      include: { activity: { select: { title: true } } },
    });
    if (!session) return [];
    const free = (await lockPools(tx, [session.poolId], now)).get(session.poolId) ?? 0;
    if (free <= 0) return [];
    const first = await tx.activityRegistration.findMany({
      where: { sessionId, status: "WAITING" },
      orderBy: { arrival: "asc" },
      take: free,
      include: { user: { select: { name: true, email: true } } },
    });
    const ids: string[] = [];
    for (const r of first) {
      const token = randomBytes(24).toString("base64url");
      await takeHolds(tx, {
        reference: `offer:${r.id}`,
        holds: [{ poolId: session.poolId, quantity: 1 }],
        expiresAt,
        now,
      });
      await tx.activityRegistration.update({
        where: { id: r.id },
        data: { status: "OFFERED", offerExpiresAt: expiresAt, offerTokenHash: hashToken(token) },
      });
      const mail = offerMail({
        parentName: r.user?.name ?? null,
        email: r.user?.email ?? null,
        childName: r.childName.split(" ")[0]!,
        activity: session.activity.title,
        session: session.label,
        priceCents: r.priceCents,
        expiresAt,
        token,
      });
      if (mail) ids.push(await queueMail(tx, mail));
    }
    return ids;
  });
  const mails = offered ?? [];
  await deliverQueued(db, mails);
  return mails.length;
}

/** The job: lapse unpaid places and due offers, then offer every free place to who waits. */
export async function runWaitingLists(db: Db, now = new Date()): Promise<number> {
  await lapseUnpaid(db);
  await expireOffers(db, now);
  const sessions = await db.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT s.id FROM "ActivitySession" s
    JOIN "ActivityRegistration" r ON r."sessionId" = s.id AND r.status = 'WAITING'
    JOIN "CapacityPool" p ON p.id = s."poolId" AND p.taken < p.capacity`;
  let offered = 0;
  for (const s of sessions) offered += await offerFreedPlaces(db, s.id, now);
  return offered;
}

/** What an offer link shows (nothing when the link is unknown or used). */
export async function offerByToken(db: Db, token: string) {
  return db.activityRegistration.findUnique({
    where: { offerTokenHash: hashToken(token) },
    include: { session: { include: { activity: { select: { title: true, slug: true } } } } },
  });
}

/** One click: the offered place becomes a held place with an order to pay. */
export async function acceptOffer(
  token: string,
  { db = appDb, now = new Date() }: { db?: Db; now?: Date } = {},
) {
  return transaction(
    db,
    async (tx) => {
      const r = await tx.activityRegistration.findUnique({
        where: { offerTokenHash: hashToken(token) },
        include: { session: { include: { activity: { select: { title: true } } } }, user: true },
      });
      if (!r || r.status !== "OFFERED") throw new AppError("NOT_FOUND", activityMessages.offerNotFound);
      if (!r.offerExpiresAt || r.offerExpiresAt <= now)
        throw new AppError("CONFLICT", activityMessages.offerExpired);
      await lockPools(tx, [r.session.poolId], now);
      await releaseHolds(tx, `offer:${r.id}`);
      const price = await offerPrice(tx, r);
      const order = await createOrder(
        tx,
        {
          buyer: { userId: r.userId, name: r.user?.name ?? "Ouder", email: r.user?.email ?? null },
          lines: [
            {
              itemType: ACTIVITY_ITEM,
              itemId: r.sessionId,
              description: `${r.childName.split(" ")[0]}: ${r.session.activity.title}, ${r.session.label}`,
              quantity: 1,
              unitCents: price.priceCents,
              tariffCode: price.tariffCode,
              tariffLabel: price.tariffLabel,
            },
          ],
          holds: [{ poolId: r.session.poolId, quantity: 1 }],
          // The parent pays within the rest of the offer's time.
          expiresAt: r.offerExpiresAt,
        },
        now,
      );
      const moved = await tx.activityRegistration.updateMany({
        where: { id: r.id, status: "OFFERED" },
        data: { status: "HELD", orderId: order.id, offerTokenHash: null, offerExpiresAt: null, ...price },
      });
      if (moved.count === 0) throw new AppError("NOT_FOUND", activityMessages.offerNotFound);
      if (r.userId)
        await recordAudit(tx, {
          actorId: r.userId,
          onBehalfOfId: r.userId,
          action: "activity.offer-accepted",
          subjectType: "ActivityRegistration",
          subjectId: r.id,
        });
      return order;
    },
    { refusals: registrationRefusals },
  );
}
