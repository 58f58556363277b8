// Reads of the payment core. An order is reached by its unguessable token (the buyer needs no
// account), so the token is the viewer's proof.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { orderRetentionYears } from "./retention";

/** The privacy page's period for buyers' names on orders. */
export async function publicOrderRetentionYears(): Promise<number> {
  "use cache";
  cacheLife("max");
  cacheTag(CACHE_TAGS.paymentSettings);
  return orderRetentionYears(db);
}

/** An order by its token, with what the order page shows. */
export async function getOrderByToken(token: string) {
  return db.order.findUnique({
    where: { accessToken: token },
    include: { lines: true, payments: { orderBy: { createdAt: "desc" } } },
  });
}

/** The id of the order behind a token, or null. */
export async function orderIdByToken(token: string): Promise<string | null> {
  return (await db.order.findUnique({ where: { accessToken: token }, select: { id: true } }))?.id ?? null;
}

/** The lines of an order, for words that follow what it bought. */
export async function orderLinesOf(orderId: string) {
  return db.orderLine.findMany({ where: { orderId }, select: { itemType: true } });
}
