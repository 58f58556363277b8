// Turns the ticket lines of a paid order into tickets, one per seat, each with an unguessable code
// for its QR. Idempotent: an order that already has tickets gets no more.
import { randomBytes } from "node:crypto";
import type { Tx } from "@/lib/db/client";

export const TICKET_ITEM = "ticket";

/** 20 random bytes in base32-like URL-safe text: unguessable and easy for a QR scanner. */
export function newTicketCode(): string {
  return randomBytes(20).toString("base64url");
}

export async function issueTickets(tx: Tx, orderId: string): Promise<number> {
  if (await tx.ticket.count({ where: { orderId } })) return 0;
  const lines = await tx.orderLine.findMany({ where: { orderId, itemType: TICKET_ITEM } });
  const types = await tx.ticketType.findMany({
    where: { id: { in: lines.map((l) => l.itemId) } },
    select: { id: true, performanceId: true },
  });
  const performanceOf = new Map(types.map((t) => [t.id, t.performanceId]));
  const data = lines.flatMap((line) =>
    Array.from({ length: line.quantity }, () => ({
      code: newTicketCode(),
      orderId,
      ticketTypeId: line.itemId,
      performanceId: performanceOf.get(line.itemId)!,
    })),
  );
  await tx.ticket.createMany({ data });
  return data.length;
}

export async function cancelTicketsOfOrder(tx: Tx, orderId: string): Promise<number> {
  const { count } = await tx.ticket.updateMany({
    where: { orderId, status: "VALID" },
    data: { status: "CANCELLED" },
  });
  return count;
}
