// A parent's own activities data, always scoped by their id: children, the basket per opening, the
// place in the waiting room and the registrations (Mijn activiteiten).
import "server-only";
import { db } from "@/lib/db";
import { paged } from "@/lib/paging";
import { basketOf } from "../commands/load";
import { placeInLine } from "../commands/waiting-room";
import { priceBasket, pricingOf } from "../commands/price";

export async function myChildren(userId: string) {
  return db.householdMember.findMany({ where: { userId }, orderBy: { birthDate: "asc" } });
}

/** The basket grouped by opening, each line priced as it would be at the click. */
export async function myBaskets(userId: string) {
  const lines = await basketOf(db, userId);
  const { verified, social } = await pricingOf(
    db,
    userId,
    lines.map((l) => l.memberId),
  );
  const byOpening = new Map<string, typeof lines>();
  for (const l of lines)
    byOpening.set(l.session.activity.openingId, [...(byOpening.get(l.session.activity.openingId) ?? []), l]);
  return [...byOpening.values()].map((group) => {
    const opening = group[0]!.session.activity.opening;
    let priced: ReturnType<typeof priceBasket<(typeof group)[number]>> | null = null;
    try {
      priced = priceBasket(group, verified, social);
    } catch {
      priced = null;
    }
    return { opening, lines: group, priced, verified: verified };
  });
}

export async function myPlaceInLine(openingId: string, userId: string) {
  return placeInLine(db, openingId, userId);
}

/**
 * The registrations of the parent's children, the latest activity first (this summer's camps above
 * last year's), one page (lib/paging), on the index ActivityRegistration(userId, startDate).
 */
export async function myRegistrations(userId: string, page = 1) {
  const where = { userId, status: { not: "LAPSED" as const } };
  const { rows, ...paging } = await paged(
    page,
    () => db.activityRegistration.count({ where }),
    (window) =>
      db.activityRegistration.findMany({
        where,
        orderBy: [{ startDate: "desc" }, { createdAt: "desc" }, { id: "desc" }],
        include: {
          session: {
            include: {
              activity: { select: { title: true, slug: true, cancelDays: true, cancelFeeCents: true } },
            },
          },
        },
        ...window,
      }),
  );
  const orderIds = [...new Set(rows.flatMap((r) => (r.orderId ? [r.orderId] : [])))];
  const orders = await db.order.findMany({
    where: { id: { in: orderIds }, buyerUserId: userId },
    select: { id: true, accessToken: true, status: true },
  });
  const byId = new Map(orders.map((o) => [o.id, o]));
  // Waiting-list position: how many wait for the same session with an earlier arrival, plus one.
  const positions = new Map<string, number>();
  for (const r of rows.filter((x) => x.status === "WAITING"))
    positions.set(
      r.id,
      1 +
        (await db.activityRegistration.count({
          where: { sessionId: r.sessionId, status: "WAITING", arrival: { lt: r.arrival } },
        })),
    );
  return {
    ...paging,
    rows: rows.map((r) => ({
      ...r,
      order: r.orderId ? (byId.get(r.orderId) ?? null) : null,
      position: positions.get(r.id) ?? null,
    })),
  };
}

export type MyRegistration = Awaited<ReturnType<typeof myRegistrations>>["rows"][number];
