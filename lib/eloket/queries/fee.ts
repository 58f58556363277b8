// The order that asks a case's fee: read after the case was found in the reader's scope.
import "server-only";
import { db } from "@/lib/db";
import type { Db } from "@/lib/db/client";

export async function feeOrderOf(orderId: string | null, client: Db = db) {
  if (!orderId) return null;
  return client.order.findUnique({
    where: { id: orderId },
    select: { accessToken: true, status: true, number: true, expiresAt: true },
  });
}

export type FeeOrder = Awaited<ReturnType<typeof feeOrderOf>>;
