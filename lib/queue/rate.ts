// Limits self-service tickets per client address, so one phone (or a script) cannot empty the
// day's numbers. Generous on purpose: the town hall's guest wifi puts many residents behind one
// address, and a family may take a few numbers for different questions.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hit, type Limit } from "@/lib/rate-limit";
import { queueMessages } from "./messages";

export const QUEUE_TICKET_LIMIT: Limit = { max: 6, windowSeconds: 10 * 60 };

export async function checkQueueTicketRate(siteId: string, address: string, now = new Date()) {
  const allowed = await hit(db, `wachtrij:ip:${siteId}:${address}`, QUEUE_TICKET_LIMIT, now);
  if (!allowed) throw new AppError("RATE_LIMITED", queueMessages.tooManyTickets);
}
