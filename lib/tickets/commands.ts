// Reserving tickets: the tariff of each type prices the line, the performance's seats and any
// per-type quota are held in one statement with the order. Online buyers are also bound by the
// performance's limits per order and per buyer and by the hold rate (lib/tickets/buyer-limits.ts).
// An online hold is one round trip in the usual case: priced with the terms this process read
// last, then one message with the buyer's lock and the statement that checks those terms, counts
// the hold rate, checks the buyer limit, takes the seats and writes the order (see sale-terms.ts).
import "server-only";
import { db } from "@/lib/db";
import { AppError, FieldError } from "@/lib/errors";
import { createOrder, type NewOrder } from "@/lib/payments";
import { DEFAULT_BUSY_MESSAGE } from "@/lib/db/tx";
import { type OnlineBuyer, onlineHoldGuard, TermsChanged } from "./buyer-limits";
import { TICKET_ITEM } from "./issue";
import { rememberedSaleTerms, type SaleTerms, saleTerms, termsStillCurrent } from "./sale-terms";
import type { ReservationInput } from "./schema";
import { ticketMessages } from "./messages";

/** Who reserves: a buyer online (with the address the request came from), or staff at the desk. */
export type Buyer =
  | { userId: string | null; address: string; soldById?: undefined }
  | { userId: string | null; soldById: string };

/** The order as these terms price it, or the refusal they give. */
function priced(performance: SaleTerms | null, input: ReservationInput, buyer: Buyer, now: Date) {
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
  return { performance, order, seats, typeIds: lines.map((l) => l.type.id) };
}

export async function reserveTickets(input: ReservationInput, buyer: Buyer, now = new Date()) {
  // At the desk (or without an e-mail address): fresh terms, one statement, atomic by itself.
  if (buyer.soldById !== undefined || !input.buyerEmail)
    return createOrder(db, priced(await saleTerms(input.performanceId), input, buyer, now).order, now);

  const online: OnlineBuyer = { userId: buyer.userId, email: input.buyerEmail, address: buyer.address };
  let remembered = rememberedSaleTerms(input.performanceId);
  for (let attempt = 0; attempt < 3; attempt++) {
    let hold: ReturnType<typeof priced>;
    try {
      hold = priced(remembered ?? (await saleTerms(input.performanceId)), input, buyer, now);
    } catch (refusal) {
      // Refused on terms read earlier: only a refusal on fresh terms stands.
      if (!remembered) throw refusal;
      remembered = undefined;
      continue;
    }
    const guard = onlineHoldGuard(
      {
        performanceId: hold.performance.id,
        maxTicketsPerBuyer: hold.performance.maxTicketsPerBuyer,
        seats: hold.seats,
        termsCurrent: termsStillCurrent(hold.performance, hold.typeIds, now),
      },
      online,
      now,
    );
    try {
      return await createOrder(db, { ...hold.order, guard }, now);
    } catch (error) {
      if (!(error instanceof TermsChanged)) throw error;
      remembered = undefined;
    }
  }
  // Staff changed the performance between every read and its hold: nothing was held.
  throw new AppError("CONFLICT", DEFAULT_BUSY_MESSAGE);
}
