// What happens when an order is paid, per kind of line. Each paid service adds its fulfiller here.
import type { Tx } from "@/lib/db/client";
import { issueTickets, TICKET_ITEM } from "@/lib/tickets/issue";

const fulfillers: Record<string, (tx: Tx, orderId: string) => Promise<unknown>> = {
  [TICKET_ITEM]: issueTickets,
};

export async function fulfil(tx: Tx, orderId: string): Promise<void> {
  const kinds = await tx.orderLine.findMany({
    where: { orderId },
    distinct: ["itemType"],
    select: { itemType: true },
  });
  for (const { itemType } of kinds) await fulfillers[itemType]?.(tx, orderId);
}
