// Reserving tickets: the tariff of each type prices the line, the performance's seats and any
// per-type quota are held in one statement with the order. Online buyers are also bound by the
// performance's limits per order and per buyer and by the hold rate (lib/tickets/buyer-limits.ts).
import "server-only";
import { db } from "@/lib/db";
import { transaction } from "@/lib/db/tx";
import { AppError, FieldError } from "@/lib/errors";
import { createOrder, type NewOrder } from "@/lib/payments";
import { checkHoldRate, lockBuyer, type OnlineBuyer, ticketsHeldBy } from "./buyer-limits";
import { TICKET_ITEM } from "./issue";
import { saleTerms } from "./sale-terms";
import type { ReservationInput } from "./schema";
import { ticketMessages } from "./messages";

/** Who reserves: a buyer online (with the address the request came from), or staff at the desk. */
export type Buyer =
  | { userId: string | null; address: string; soldById?: undefined }
  | { userId: string | null; soldById: string };

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
  if (seats > performance.maxTicketsPerOrder)
    throw new FieldError("quantities", ticketMessages.tooManyTickets(performance.maxTicketsPerOrder));
  const order: NewOrder = {
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
    holds: [
      { poolId: performance.poolId, quantity: seats },
      ...lines
        .filter((l) => l.type.quotaPoolId)
        .map((l) => ({ poolId: l.type.quotaPoolId!, quantity: l.quantity })),
    ],
    expiresAt: new Date(now.getTime() + performance.holdMinutes * 60_000),
  };
  // At the desk: one statement, atomic by itself (see createOrder).
  if (buyer.soldById !== undefined || !input.buyerEmail) return createOrder(db, order, now);

  const online: OnlineBuyer = { userId: buyer.userId, email: input.buyerEmail, address: buyer.address };
  await checkHoldRate(online);
  return transaction(db, async (tx) => {
    await lockBuyer(tx, performance.id, online);
    const held = await ticketsHeldBy(tx, performance.id, online, now);
    if (held + seats > performance.maxTicketsPerBuyer)
      throw new FieldError("quantities", ticketMessages.buyerLimit(performance.maxTicketsPerBuyer, held));
    return createOrder(tx, order, now);
  });
}
