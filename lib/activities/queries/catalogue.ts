// The public catalogue of activities: activities with their sessions, tariffs and opening moment.
// Cached for every visitor (CACHE_TAGS.activities); the places left per session are not: they are
// the capacity engine's and read per request (places.ts). Filtering (age, period, type) happens on
// the cached list, so a filtered view costs no query.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { KIND_WORDS } from "../labels";
import { ageOn } from "../rules";
import type { CatalogueFilter } from "../schema";
import { dateKeyOf as key } from "@/lib/be/date-key";

export async function activityCatalogue() {
  "use cache";
  cacheLife("hours");
  cacheTag(CACHE_TAGS.activities);
  return db.activity.findMany({
    where: { published: true },
    orderBy: [{ opening: { opensAt: "asc" } }, { title: "asc" }],
    include: {
      opening: true,
      tariffs: { orderBy: { code: "desc" } },
      sessions: { orderBy: { startDate: "asc" } },
    },
  });
}

export type CatalogueActivity = Awaited<ReturnType<typeof activityCatalogue>>[number];
export type CatalogueSession = CatalogueActivity["sessions"][number];

/** Whether a session takes a child of `age` (on its first day, as the registration checks). */
function takesAge(s: CatalogueSession, age: number) {
  return (s.minAge === null || age >= s.minAge) && (s.maxAge === null || age <= s.maxAge);
}

export function filterCatalogue(list: CatalogueActivity[], f: CatalogueFilter, today: string) {
  return list
    .filter((a) => !f.soort || KIND_WORDS[a.kind] === f.soort)
    .map((a) => ({
      ...a,
      sessions: a.sessions.filter(
        (s) =>
          key(s.endDate) >= today &&
          (!f.van || key(s.endDate) >= f.van) &&
          (!f.tot || key(s.startDate) <= f.tot) &&
          (f.leeftijd === undefined || takesAge(s, f.leeftijd)),
      ),
    }))
    .filter((a) => a.sessions.length > 0);
}

export async function activityBySlug(slug: string) {
  return (await activityCatalogue()).find((a) => a.slug === slug) ?? null;
}

export { ageOn };

/**
 * The retention periods of activities the privacy page states, from the settings row: days after
 * the activity for medical notes, full years after the year of care for presence days, days after
 * a lottery's window for its entries, days after sending for messages to parents.
 */
export async function publicActivityRetention() {
  "use cache";
  cacheLife("max");
  cacheTag(CACHE_TAGS.activitySettings);
  const settings = await db.activitySettings.findUnique({ where: { id: 1 } });
  return {
    medicalNotesDays: settings?.medicalNotesDays ?? 30,
    attendanceYears: settings?.attendanceRetentionYears ?? 7,
    lotteryEntryDays: settings?.lotteryEntryDays ?? 60,
    messageDays: settings?.messageDays ?? 90,
    socialRefusedDays: settings?.socialRefusedDays ?? 30,
    socialExpiredDays: settings?.socialExpiredDays ?? 90,
  };
}
