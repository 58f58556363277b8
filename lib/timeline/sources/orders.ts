// Orders a resident placed (or staff placed for them) on their timeline, filed under the service
// of what they bought (tickets, a hall booking, …) and linking to the order page.
import "server-only";
import { formatEuro } from "@/lib/be/money";
import { db } from "@/lib/db";
import { kindOfOrder } from "@/lib/payments/item-kinds";
import { ORDER_STATUS_LABELS } from "@/lib/payments/labels";
import { staffNames } from "../staff-names";
import type { TimelineSource } from "../types";

export const orderActivity: TimelineSource = async (userId, limit) => {
  const orders = await db.order.findMany({
    where: { buyerUserId: userId },
    orderBy: { createdAt: "desc" },
    take: limit,
    include: { lines: { select: { itemType: true, description: true } } },
  });
  const staff = await staffNames(orders.map((x) => x.soldById));
  return orders.map((o) => ({
    id: `order-${o.id}`,
    at: o.createdAt,
    service: kindOfOrder(o.lines).service,
    title: `${o.lines[0]?.description ?? "Bestelling"} – bestelling ${o.number}`,
    description: `${ORDER_STATUS_LABELS[o.status]} · ${formatEuro(o.totalCents)}`,
    href: `/bestelling/${o.accessToken}`,
    byStaff: o.soldById ? (staff.get(o.soldById) ?? "een medewerker") : null,
  }));
};
