// A performance as the strings its edit form shows (dates as Brussels wall-clock, euros with a comma).
import "server-only";
import { brusselsParts } from "@/lib/be/time";
import { db } from "@/lib/db";

export type TariffFormRow = { id?: string; label: string; price: string; quota: string };
export type PerformanceFormValues = {
  id: string;
  title: string;
  subtitle: string;
  description: string;
  venueName: string;
  venueAddress: string;
  date: string;
  time: string;
  durationMinutes: string;
  seats: string;
  salesStartDate: string;
  holdMinutes: string;
  transferDays: string;
  maxTicketsPerOrder: string;
  maxTicketsPerBuyer: string;
  published: boolean;
  cancelled: boolean;
  types: TariffFormRow[];
};

const pad = (n: number) => String(n).padStart(2, "0");
const euroInput = (cents: number) => `${Math.floor(cents / 100)},${pad(cents % 100)}`;

export async function performanceFormValues(id: string): Promise<PerformanceFormValues | null> {
  const p = await db.performance.findUnique({
    where: { id },
    include: { ticketTypes: { where: { active: true }, orderBy: { sortOrder: "asc" } } },
  });
  if (!p) return null;
  const pools = await db.capacityPool.findMany({
    where: {
      id: { in: [p.poolId, ...p.ticketTypes.flatMap((t) => (t.quotaPoolId ? [t.quotaPoolId] : []))] },
    },
  });
  const capacity = new Map(pools.map((pool) => [pool.id, pool.capacity]));
  const starts = brusselsParts(p.startsAt);
  return {
    id: p.id,
    title: p.title,
    subtitle: p.subtitle ?? "",
    description: p.description,
    venueName: p.venueName,
    venueAddress: p.venueAddress,
    date: starts.dateKey,
    time: `${pad(Math.floor(starts.minutes / 60))}:${pad(starts.minutes % 60)}`,
    durationMinutes: p.durationMinutes ? String(p.durationMinutes) : "",
    seats: String(capacity.get(p.poolId) ?? 0),
    salesStartDate: brusselsParts(p.salesStartAt).dateKey,
    holdMinutes: String(p.holdMinutes),
    transferDays: String(p.transferDays),
    maxTicketsPerOrder: String(p.maxTicketsPerOrder),
    maxTicketsPerBuyer: String(p.maxTicketsPerBuyer),
    published: p.published,
    cancelled: Boolean(p.cancelledAt),
    types: p.ticketTypes.map((t) => ({
      id: t.id,
      label: t.label,
      price: euroInput(t.priceCents),
      quota: t.quotaPoolId ? String(capacity.get(t.quotaPoolId) ?? "") : "",
    })),
  };
}

/** The poster staff uploaded (none yet: null) and its description, for the poster form. */
export function performancePoster(id: string) {
  return db.performance.findUnique({
    where: { id },
    select: { posterAlt: true, poster: { select: { id: true, width: true, height: true } } },
  });
}
