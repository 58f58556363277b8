// A small fixed-window rate limiter kept in PostgreSQL, so every app instance shares it. One
// atomic upsert per hit: PostgreSQL locks the key's row for the conflicting update, so concurrent
// hits are counted one after another and never lost. Reusable by any form (sign-in, meldpunt).
import { Prisma } from "@/generated/prisma/client";
import type { Db, Tx } from "@/lib/db/client";

export type Limit = { max: number; windowSeconds: number };

/**
 * The upsert that counts one hit for `key`, returning the window's `count`; a key whose window has
 * passed starts a new window with this hit. Only when `when` holds, so a caller can count in the
 * same statement as what it guards (e.g. a CTE of a ticket hold, lib/tickets/buyer-limits.ts).
 */
export function hitSql(
  key: string,
  limit: Limit,
  now: Date,
  when: Prisma.Sql = Prisma.sql`TRUE`,
): Prisma.Sql {
  const windowStartedBefore = new Date(now.getTime() - limit.windowSeconds * 1000);
  return Prisma.sql`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count")
    SELECT ${key}, ${now}::timestamptz, 1 WHERE ${when}
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowStart" <= ${windowStartedBefore}
                     THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimitBucket"."windowStart" <= ${windowStartedBefore}
                           THEN ${now} ELSE "RateLimitBucket"."windowStart" END
    RETURNING "count"`;
}

/** Counts one hit for `key`; returns whether it is still within the limit. */
export async function hit(db: Db | Tx, key: string, limit: Limit, now = new Date()): Promise<boolean> {
  const [row] = await db.$queryRaw<{ count: number }[]>(hitSql(key, limit, now));
  return row.count <= limit.max;
}

/** Counts a hit on every key (all of them, so a flood is seen on each); true when all are within. */
export async function hitAll(db: Db | Tx, keys: { key: string; limit: Limit }[], now = new Date()) {
  let allowed = true;
  for (const { key, limit } of keys) allowed = (await hit(db, key, limit, now)) && allowed;
  return allowed;
}

/** Removes windows that ended long ago (for a periodic job). */
export async function pruneRateLimits(db: Db, olderThanSeconds = 86_400, now = new Date()) {
  const { count } = await db.rateLimitBucket.deleteMany({
    where: { windowStart: { lt: new Date(now.getTime() - olderThanSeconds * 1000) } },
  });
  return count;
}
