// Order numbers and structured communications come from database sequences: unique under any
// concurrency and without gaps that matter.
import { ogmFromBase } from "@/lib/be/ogm";
import type { Tx } from "@/lib/db/client";

export async function nextOrderNumber(tx: Tx, now: Date): Promise<string> {
  const [{ n }] = await tx.$queryRaw<{ n: bigint }[]>`SELECT nextval('order_number_seq') AS n`;
  return `W${String(now.getUTCFullYear()).slice(2)}-${String(n).padStart(6, "0")}`;
}

/** The 12 digits of a fresh structured communication (format with formatOgm for people). */
export async function nextOgmDigits(tx: Tx): Promise<string> {
  const [{ n }] = await tx.$queryRaw<{ n: bigint }[]>`SELECT nextval('order_ogm_seq') AS n`;
  return ogmFromBase(n).replace(/\D/g, "");
}
