// Reserving tickets: the tariff of each type prices the line, the performance's seats and any
// per-type quota are held in one transaction with the order.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createOrder } from "@/lib/payments";
import { TICKET_ITEM } from "./issue";
import { saleTerms } from "./sale-terms";
import type { ReservationInput } from "./schema";
import { ticketMessages } from "./messages";

export type Buyer = { userId: string | null; soldById?: string | null };

export async function reserveTickets(input: ReservationInput, buyer: Buyer, now = new Date()) {
  const performance = await saleTerms(input.performanceId);
  if (!performance) throw new AppError("NOT_FOUND", ticketMessages.performanceNotFound);
  if (performance.cancelledAt) throw new AppError("CONFLICT", ticketMessages.performanceCancelled);
  if (now < performance.salesStartAt) throw new AppError("CONFLICT", ticketMessages.salesNotStarted);
  if (now >= performance.salesEndAt) throw new AppError("CONFLICT", ticketMessages.salesEnded);

  const types = new Map(performance.ticketTypes.map((t) => [t.id, t]));
  const lines = Object.entries(input.quantities).map(([typeId, quantity]) => {
    const type = types.get(typeId);
    if (!type) throw new AppError("INVALID_INPUT", ticketMessages.unknownTicketType);
    return { type, quantity };
  });
  const seats = lines.reduce((sum, l) => sum + l.quantity, 0);
  const holds = [
    { poolId: performance.poolId, quantity: seats },
    ...lines
      .filter((l) => l.type.quotaPoolId)
      .map((l) => ({ poolId: l.type.quotaPoolId!, quantity: l.quantity })),
  ];
  // One statement, atomic by itself: no interactive transaction (see createOrder).
  return createOrder(
    db,
    {
      buyer: { userId: buyer.userId, name: input.buyerName, email: input.buyerEmail },
      soldById: buyer.soldById ?? null,
      lines: lines.map(({ type, quantity }) => ({
        itemType: TICKET_ITEM,
        itemId: type.id,
        description: performance.title,
        quantity,
        unitCents: type.priceCents,
        tariffCode: type.code,
        tariffLabel: type.label,
      })),
      holds,
      expiresAt: new Date(now.getTime() + performance.holdMinutes * 60_000),
    },
    now,
  );
}
