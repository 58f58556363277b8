// Places left per session: the capacity engine's availability, read per request (never cached),
// so what shows free can be registered for.
import "server-only";
import { availability } from "@/lib/capacity";
import { db } from "@/lib/db";

export async function placesLeft(poolIds: string[]): Promise<Record<string, number>> {
  const free = await availability(db, poolIds);
  return Object.fromEntries([...free].map(([id, a]) => [id, a.available]));
}
