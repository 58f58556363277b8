// Reserving tickets: the tariff of each type prices the line, the performance's seats and any
// per-type quota are held in one statement with the order. Online buyers are also bound by the
// performance's limits per order and per buyer and by the hold rate (lib/tickets/buyer-limits.ts).
// An online hold costs two round trips and a batch: the terms with the hold rate counted, then the
// buyer's lock and the take (the buyer limit checked in the take's own statement).
import "server-only";
import { db } from "@/lib/db";
import { AppError, FieldError } from "@/lib/errors";
import { createOrder, type NewOrder } from "@/lib/payments";
import {
  buyerLimitGuard,
  checkHoldRate,
  holdRateKeys,
  type OnlineBuyer,
  withinHoldRate,
} from "./buyer-limits";
import { TICKET_ITEM } from "./issue";
import { saleTerms } from "./sale-terms";
import type { ReservationInput } from "./schema";
import { ticketMessages } from "./messages";

/** Who reserves: a buyer online (with the address the request came from), or staff at the desk. */
export type Buyer =
  | { userId: string | null; address: string; soldById?: undefined }
  | { userId: string | null; soldById: string };

export async function reserveTickets(input: ReservationInput, buyer: Buyer, now = new Date()) {
  // At the desk (or without an e-mail address) neither the hold rate nor the buyer limit applies.
  const online: OnlineBuyer | null =
    buyer.soldById === undefined && input.buyerEmail
      ? { userId: buyer.userId, email: input.buyerEmail, address: buyer.address }
      : null;
  const keys = online ? holdRateKeys(online) : [];
  const asked = Object.entries(input.quantities);
  const performance = await saleTerms(
    input.performanceId,
    online
      ? { keys, typeIds: asked.map(([id]) => id), seats: asked.reduce((sum, [, n]) => sum + n, 0), now }
      : undefined,
  );
  if (!performance) throw new AppError("NOT_FOUND", ticketMessages.performanceNotFound);
  if (performance.cancelledAt) throw new AppError("CONFLICT", ticketMessages.performanceCancelled);
  if (now < performance.salesStartAt) throw new AppError("CONFLICT", ticketMessages.salesNotStarted);
  if (now >= performance.salesEndAt) throw new AppError("CONFLICT", ticketMessages.salesEnded);

  const types = new Map(performance.ticketTypes.map((t) => [t.id, t]));
  const lines = asked.map(([typeId, quantity]) => {
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
  if (!online) return createOrder(db, order, now);

  // Counted beside the terms; only if the terms and this code ever disagreed on whether the request
  // fits would nothing have been counted, and then it is counted here.
  if (!performance.hits) await checkHoldRate(online);
  else if (!withinHoldRate(keys, performance.hits))
    throw new AppError("RATE_LIMITED", ticketMessages.tooManyHolds);
  return createOrder(db, { ...order, guard: buyerLimitGuard(performance, online, seats, now) }, now);
}
