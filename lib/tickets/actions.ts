"use server";
// Entry points of the ticket shop for buyers (account optional) and of the door scanner. What
// happens to an order next (paying, cancelling) is the order page's, in lib/payments/actions.ts.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/safe-action";
import { getActor } from "@/lib/auth/actor";
import { requireStaff } from "@/lib/auth/guards";
import { clientAddress } from "@/lib/rate-limit/client-address";
import { reserveTickets } from "./commands";
import { completeFreeOrder } from "./free-orders";
import { scanAndReport } from "./scan";
import { scanRequestSchema } from "./scan-schema";
import { reservationSchema } from "./schema";

export const reserve = formAction({
  schema: reservationSchema,
  guard: getActor,
  run: async (input, actor) => {
    const address = clientAddress(await headers());
    const order = await reserveTickets(input, { userId: actor?.userId ?? null, address });
    await completeFreeOrder(order, actor?.email ?? null);
    redirect(`/bestelling/${order.accessToken}`);
  },
});

/**
 * The scanner's typed code. With JavaScript the camera sends to /api/tickets/scan; both end in
 * scanAndReport, so the door hears the same answer either way.
 */
export const scanCodeAction = formAction({
  schema: scanRequestSchema,
  guard: () => requireStaff("tickets:scan"),
  run: (input, actor) => scanAndReport({ ...input, staffId: actor.userId }),
});
