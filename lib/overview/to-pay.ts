// What a resident still has to pay: open orders that wait for a payment (online or by transfer
// before their deadline) and open invoices by their due date.
import "server-only";
import { formatEuro } from "@/lib/be/money";
import { brusselsParts, formatDate, formatDateTime } from "@/lib/be/time";
import { db } from "@/lib/db";
import type { OverviewEntry } from "./types";

/** An invoice past its due day says so; an open order's deadline is a moment. */
function dueText(invoiceDueOn: Date | null, due: Date, now: Date): string {
  if (!invoiceDueOn) return `te betalen voor ${formatDateTime(due)}`;
  const today = brusselsParts(now).dateKey;
  return invoiceDueOn.toISOString().slice(0, 10) < today
    ? `vervallen sinds ${formatDate(invoiceDueOn)}`
    : `te betalen voor ${formatDate(invoiceDueOn)}`;
}

export async function toPayFor(userId: string, now: Date, limit: number): Promise<OverviewEntry[]> {
  const orders = await db.order.findMany({
    where: {
      buyerUserId: userId,
      status: "PENDING",
      totalCents: { gt: 0 },
      OR: [{ invoiceNumber: { not: null } }, { expiresAt: { gt: now } }],
    },
    orderBy: [{ invoiceDueOn: "asc" }, { expiresAt: "asc" }],
    take: limit,
    select: {
      id: true,
      number: true,
      totalCents: true,
      expiresAt: true,
      accessToken: true,
      invoiceNumber: true,
      invoiceDueOn: true,
      lines: { select: { description: true }, take: 1 },
    },
  });
  return orders.map((o) => {
    const due = o.invoiceDueOn ?? o.expiresAt ?? now;
    const what = o.lines[0]?.description ?? "Bestelling";
    return {
      id: `order-${o.id}`,
      at: due,
      title: o.invoiceNumber ? `Factuur ${o.invoiceNumber}: ${what}` : `${what} (bestelling ${o.number})`,
      detail: `${formatEuro(o.totalCents)} · ${dueText(o.invoiceDueOn, due, now)}`,
      href: `/bestelling/${o.accessToken}`,
    };
  });
}
