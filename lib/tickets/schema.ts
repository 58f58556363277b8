import { z } from "zod";
import { ticketMessages } from "./messages";

export const MAX_TICKETS_PER_ORDER = 10;

const email = z
  .string()
  .trim()
  .toLowerCase()
  .email("Vul een geldig e-mailadres in; je tickets komen daar toe.");

/** A buyer at the desk may leave without giving an e-mail address: the tickets are printed. */
const optionalEmail = z
  .string()
  .trim()
  .toLowerCase()
  .transform((v) => v || null)
  .pipe(email.nullable());

/** The reservation form: a quantity per ticket type (fields `qty_<typeId>`) and the buyer. */
const reservationWith = <E extends z.ZodType<string | null, string>>(buyerEmail: E) =>
  z
    .object({
      performanceId: z.string().min(1).max(40),
      buyerName: z.string().trim().min(2, "Vul je naam in.").max(120, "Deze naam is te lang."),
      buyerEmail,
    })
    .catchall(z.string())
    .transform((input, ctx) => {
      const quantities: Record<string, number> = {};
      for (const [key, value] of Object.entries(input)) {
        if (!key.startsWith("qty_")) continue;
        const n = value === "" ? 0 : Number(value);
        if (!Number.isInteger(n) || n < 0 || n > MAX_TICKETS_PER_ORDER) {
          ctx.addIssue({
            code: "custom",
            path: [key],
            message: `Kies een aantal van 0 tot ${MAX_TICKETS_PER_ORDER}.`,
          });
          continue;
        }
        if (n > 0) quantities[key.slice(4)] = n;
      }
      const total = Object.values(quantities).reduce((a, b) => a + b, 0);
      if (total === 0)
        ctx.addIssue({ code: "custom", path: ["_form"], message: ticketMessages.chooseOneTicket });
      if (total > MAX_TICKETS_PER_ORDER)
        ctx.addIssue({
          code: "custom",
          path: ["_form"],
          message: `Je kan per bestelling maximaal ${MAX_TICKETS_PER_ORDER} tickets kopen.`,
        });
      return {
        performanceId: input.performanceId,
        buyerName: input.buyerName,
        buyerEmail: input.buyerEmail,
        quantities,
      };
    });

export const reservationSchema = reservationWith(email);
export const deskReservationSchema = reservationWith(optionalEmail);

export type ReservationInput = z.output<typeof deskReservationSchema>;

export const orderTokenSchema = z.object({ token: z.string().min(20).max(64) });
