// Sites with their weekly hours and closures: public data, read by the home, hours and contact
// pages and by the appointment slots. Closures are the exceptional ones staff add plus the public
// holidays the municipality closes on (lib/be/holidays.ts), so every reader sees the same days.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { cache } from "react";
import { holidaysOf } from "@/lib/be/holidays";
import { addBrusselsDays, brusselsParts } from "@/lib/be/time";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { holidayClosures } from "./holiday-closures";
import type { Closure, OpeningWindow } from "./opening-status";
import { dateKeyOf as dateKey } from "@/lib/be/date-key";

const asDate = (key: string) => new Date(`${key}T00:00:00Z`);

export type SiteWithHours = {
  id: string;
  slug: string;
  name: string;
  street: string;
  postcode: string;
  city: string;
  phone: string | null;
  email: string | null;
  windows: OpeningWindow[];
  /** Closures from today on, within the next year, for this site or all sites, holidays included. */
  closures: Closure[];
};

/** Authoritative, per request: booking and staff pages. */
export const getSitesWithHours = cache(async (now: Date = new Date()) => loadSitesWithHours(now));

/**
 * The same for public pages, cached for every visitor: expired by the staff actions that change hours
 * or closures, and recomputed at least hourly so a closure that has passed drops off the list. What
 * depends on the current minute ("nu open tot 19:00") is computed from it per request.
 */
export async function publicSitesWithHours(): Promise<SiteWithHours[]> {
  "use cache";
  cacheLife("hours");
  cacheTag(CACHE_TAGS.sites);
  return loadSitesWithHours(new Date());
}

async function loadSitesWithHours(now: Date): Promise<SiteWithHours[]> {
  const today = brusselsParts(now).dateKey;
  const horizon = addBrusselsDays(today, 366);
  const [sites, closures, rules] = await Promise.all([
    db.site.findMany({
      orderBy: { sortOrder: "asc" },
      include: { openingHours: { orderBy: [{ weekday: "asc" }, { opensAt: "asc" }] } },
    }),
    db.closurePeriod.findMany({
      where: { endsOn: { gte: asDate(today) }, startsOn: { lte: asDate(horizon) } },
      orderBy: { startsOn: "asc" },
    }),
    closingHolidayRules(),
  ]);
  const holidays = holidayClosures(today, horizon, rules);
  return sites.map((site) => ({
    id: site.id,
    slug: site.slug,
    name: site.name,
    street: site.street,
    postcode: site.postcode,
    city: site.city,
    phone: site.phone,
    email: site.email,
    windows: site.openingHours,
    closures: [
      ...holidays,
      ...closures
        .filter((c) => c.siteId === null || c.siteId === site.id)
        .map((c) => ({ startsOn: dateKey(c.startsOn), endsOn: dateKey(c.endsOn), reason: c.reason })),
    ].sort((a, b) => a.startsOn.localeCompare(b.startsOn)),
  }));
}

/** The rules of the holidays on which the town halls close. */
export async function closingHolidayRules(): Promise<string[]> {
  const rows = await db.closingHoliday.findMany({ select: { rule: true } });
  return rows.map((r) => r.rule);
}

/** This year's holidays, each marked when the town halls close on it (the staff's choice). */
export async function holidayChoices(now = new Date()) {
  const rules = new Set(await closingHolidayRules());
  return holidaysOf(brusselsParts(now).year).map((h) => ({ ...h, closed: rules.has(h.rule) }));
}

/** Exceptional closures from today on, for staff to review and lift. */
export function upcomingClosures(now = new Date()) {
  return db.closurePeriod.findMany({
    where: { endsOn: { gte: asDate(brusselsParts(now).dateKey) } },
    orderBy: { startsOn: "asc" },
    include: { site: { select: { name: true } } },
    take: 60,
  });
}
