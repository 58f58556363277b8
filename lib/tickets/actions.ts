"use server";
// Entry point of the ticket shop for buyers (account optional). What happens to the order next
// (paying, cancelling) is the order page's, in lib/payments/actions.ts.
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/safe-action";
import { getActor } from "@/lib/auth/actor";
import { settle } from "@/lib/payments/settle";
import { reserveTickets } from "./commands";
import { reservationSchema } from "./schema";

export const reserve = formAction({
  schema: reservationSchema,
  guard: getActor,
  run: async (input, actor) => {
    const order = await reserveTickets(input, { userId: actor?.userId ?? null });
    if (order.totalCents === 0) await settle(order.id, { method: "FREE", amountCents: 0 }, "Gratis tickets");
    redirect(`/bestelling/${order.accessToken}`);
  },
});
