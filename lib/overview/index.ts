// Mijn Wingene's first screen: what is coming up, what is to pay, what waits for an answer.
import "server-only";
import { toAnswerFor } from "./to-answer";
import { toPayFor } from "./to-pay";
import type { Overview } from "./types";
import { upcomingFor } from "./upcoming";

export type { Overview, OverviewEntry } from "./types";

export async function getOverview(userId: string, now = new Date(), limit = 5): Promise<Overview> {
  const [upcoming, toPay, toAnswer] = await Promise.all([
    upcomingFor(userId, now, limit),
    toPayFor(userId, now, limit),
    toAnswerFor(userId, now, limit),
  ]);
  return { upcoming, toPay, toAnswer };
}
