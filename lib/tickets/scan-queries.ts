// What the door staff's pages read: which performances to scan and how many are in (the scanning
// itself, one conditional UPDATE per ticket, is in ./scan.ts).
import "server-only";
import { addBrusselsDays, brusselsInstant, brusselsParts, startOfBrusselsDay } from "@/lib/be/time";
import { db } from "@/lib/db";
import type { Db } from "@/lib/db/client";
import { admissionCounts } from "./scan";

// Door staff start scanning before the doors open and a late show may run past midnight.
const LOOK_BACK_MS = 6 * 3_600_000;
const LOOK_AHEAD_DAYS = 90;

/** Performances to choose from: today's (also one that started late yesterday) and coming ones. */
export async function listScanPerformances(now = new Date(), client: Db = db) {
  const today = brusselsParts(now).dateKey;
  const from = new Date(Math.min(startOfBrusselsDay(now).getTime(), now.getTime() - LOOK_BACK_MS));
  const performances = await client.performance.findMany({
    where: {
      published: true,
      cancelledAt: null,
      startsAt: { gte: from, lt: brusselsInstant(addBrusselsDays(today, LOOK_AHEAD_DAYS), 0) },
    },
    orderBy: { startsAt: "asc" },
    select: { id: true, title: true, startsAt: true, venueName: true },
    take: 40,
  });
  const counts = await admissionCounts(
    performances.map((p) => p.id),
    client,
  );
  return performances.map((p) => ({
    ...p,
    today: brusselsParts(p.startsAt).dateKey <= today,
    counts: counts.get(p.id)!,
  }));
}

/** One performance for the scanner page, or null. Any performance may be scanned, also a past one. */
export async function getScanPerformance(id: string, client: Db = db) {
  const performance = await client.performance.findUnique({
    where: { id },
    select: { id: true, title: true, startsAt: true, venueName: true, cancelledAt: true },
  });
  if (!performance) return null;
  const counts = await admissionCounts([id], client);
  return { ...performance, counts: counts.get(id)! };
}
