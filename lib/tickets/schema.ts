import { z } from "zod";
import { email, optionalEmail, optionalWholeNumber, requiredText } from "@/lib/forms/fields";
import { ticketMessages } from "./messages";

export const MAX_TICKETS_PER_ORDER = 10;

const quantity = optionalWholeNumber({
  min: 0,
  max: MAX_TICKETS_PER_ORDER,
  message: ticketMessages.quantityRange(MAX_TICKETS_PER_ORDER),
  fallback: 0,
});

/** The reservation form: a quantity per ticket type (fields `quantities.<typeId>`) and the buyer. */
const reservationFields = z.object({
  performanceId: requiredText(ticketMessages.performanceNotFound, { max: 40 }),
  buyerName: requiredText(ticketMessages.nameMissing, { min: 2, max: 120 }),
  quantities: z.record(z.string().max(40, ticketMessages.unknownTicketType), quantity).prefault({}),
});

/** Types left at 0 are dropped; at least one ticket and at most MAX_TICKETS_PER_ORDER in all. */
function wholeOrder<T extends { quantities: Record<string, number> }>(input: T, ctx: z.RefinementCtx) {
  const quantities = Object.fromEntries(Object.entries(input.quantities).filter(([, n]) => n > 0));
  const total = Object.values(quantities).reduce((a, b) => a + b, 0);
  if (total === 0)
    ctx.addIssue({ code: "custom", path: ["quantities"], message: ticketMessages.chooseOneTicket });
  if (total > MAX_TICKETS_PER_ORDER)
    ctx.addIssue({
      code: "custom",
      path: ["quantities"],
      message: ticketMessages.tooManyTickets(MAX_TICKETS_PER_ORDER),
    });
  return { ...input, quantities };
}

export const reservationSchema = reservationFields
  .extend({ buyerEmail: email(ticketMessages.emailForTickets) })
  .transform(wholeOrder);

/** A buyer at the desk may leave without giving an e-mail address: the tickets are printed. */
export const deskReservationSchema = reservationFields
  .extend({ buyerEmail: optionalEmail(ticketMessages.emailForTickets).transform((v) => v ?? null) })
  .transform(wholeOrder);

export type ReservationInput = z.output<typeof deskReservationSchema>;

export const orderTokenSchema = z.object({ token: z.string().min(20).max(64) });
