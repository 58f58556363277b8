// Sites with their weekly hours and closures: public data, read by the home, hours and contact pages.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { cache } from "react";
import { addBrusselsDays, brusselsParts } from "@/lib/be/time";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import type { Closure, OpeningWindow } from "./opening-status";

const dateKey = (date: Date) => date.toISOString().slice(0, 10);

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
  /** Closures from today on, within the next year, for this site or all sites. */
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
  const sites = await db.site.findMany({
    orderBy: { sortOrder: "asc" },
    include: { openingHours: { orderBy: [{ weekday: "asc" }, { opensAt: "asc" }] } },
  });
  const closures = await db.closurePeriod.findMany({
    where: {
      endsOn: { gte: new Date(`${today}T00:00:00Z`) },
      startsOn: { lte: new Date(`${horizon}T00:00:00Z`) },
    },
    orderBy: { startsOn: "asc" },
  });
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
    closures: closures
      .filter((c) => c.siteId === null || c.siteId === site.id)
      .map((c) => ({ startsOn: dateKey(c.startsOn), endsOn: dateKey(c.endsOn), reason: c.reason })),
  }));
}
