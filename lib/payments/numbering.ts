// Structured communications come from a database sequence: unique under any concurrency. Order
// numbers come from their own sequence, inside the statement that creates the order.
import { ogmFromBase } from "@/lib/be/ogm";
import type { Tx } from "@/lib/db/client";

/** The 12 digits of a fresh structured communication (format with formatOgm for people). */
export async function nextOgmDigits(tx: Tx): Promise<string> {
  const [{ n }] = await tx.$queryRaw<{ n: bigint }[]>`SELECT nextval('order_ogm_seq') AS n`;
  return ogmFromBase(n).replace(/\D/g, "");
}
