// Orders a resident placed (or staff placed for them) on their timeline, linking to the order page.
import "server-only";
import { formatEuro } from "@/lib/be/money";
import { db } from "@/lib/db";
import { HALL_DEPOSIT_ITEM, HALL_ITEM } from "@/lib/halls/fulfil";
import { HALL_ORDER_LABELS } from "@/lib/halls/labels";
import { ORDER_STATUS_LABELS } from "@/lib/payments/labels";
import type { TimelineSource } from "../types";

/** The service an order is filed under, from what it bought: a hall order is not a ticket order. */
const SERVICE_OF_ITEM: Record<string, string> = {
  [HALL_ITEM]: HALL_ORDER_LABELS.service,
  [HALL_DEPOSIT_ITEM]: HALL_ORDER_LABELS.service,
};

export const orderActivity: TimelineSource = async (userId, limit) => {
  const orders = await db.order.findMany({
    where: { buyerUserId: userId },
    orderBy: { createdAt: "desc" },
    take: limit,
    include: { lines: { take: 1 } },
  });
  const staffIds = [...new Set(orders.flatMap((o) => (o.soldById ? [o.soldById] : [])))];
  const staff = new Map(
    (await db.user.findMany({ where: { id: { in: staffIds } }, select: { id: true, name: true } })).map(
      (u) => [u.id, u.name],
    ),
  );
  return orders.map((o) => ({
    id: `order-${o.id}`,
    at: o.createdAt,
    service: SERVICE_OF_ITEM[o.lines[0]?.itemType ?? ""] ?? "Tickets",
    title: `${o.lines[0]?.description ?? "Bestelling"} – bestelling ${o.number}`,
    description: `${ORDER_STATUS_LABELS[o.status]} · ${formatEuro(o.totalCents)}`,
    href: `/bestelling/${o.accessToken}`,
    byStaff: o.soldById ? (staff.get(o.soldById) ?? "een medewerker") : null,
  }));
};
