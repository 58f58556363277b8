// Cache tag invalidations shared by every instance of the portal through PostgreSQL (table
// "NextCacheTag"). Both Next cache handlers of this folder read and write them: revalidateTag /
// updateTag on one instance writes a row; every instance reads the rows changed since its last look
// (by a sequence number, so clocks do not matter for syncing) at most every SYNC_INTERVAL_MS, before
// it serves anything from its own cache. The instance that invalidates sees it at once.
// Plain JavaScript: Next loads cache handlers by path at run time and in `next build`, unbundled.
import pg from "pg";

/** How stale another instance's view of the tags may be. */
export const SYNC_INTERVAL_MS = 500;

/**
 * @typedef {{ stale: number, expired: number }} TagTimes  invalidation instants in ms since 1970
 * @typedef {{ expire?: number }} Durations  present for revalidateTag(tag, profile)
 */

/**
 * @param {{ connectionString?: string, syncIntervalMs?: number }} [options]
 */
export function createTagStore({
  connectionString = process.env.DATABASE_URL,
  syncIntervalMs = SYNC_INTERVAL_MS,
} = {}) {
  /** @type {Map<string, TagTimes>} */
  const times = new Map();
  const pool = connectionString ? new pg.Pool({ connectionString, max: 2 }) : null;
  pool?.on("error", (error) =>
    console.error("[cache] PostgreSQL-verbinding van de cachetags", error.message),
  );
  let seen = "0";
  let lastSync = 0;
  /** @type {Promise<void> | null} */
  let syncing = null;

  async function pull() {
    if (!pool) return;
    const { rows } = await pool.query(
      `SELECT "tag", "staleAt", "expiredAt", "version" FROM "NextCacheTag" WHERE "version" > $1 ORDER BY "version"`,
      [seen],
    );
    for (const row of rows) {
      times.set(row.tag, { stale: Number(row.staleAt), expired: Number(row.expiredAt) });
      seen = row.version;
    }
  }

  return {
    /** Reads what other instances invalidated; cheap when done within the interval. Never throws. */
    async sync(force = false) {
      if (!force && Date.now() - lastSync < syncIntervalMs) return syncing ?? undefined;
      lastSync = Date.now();
      syncing ??= pull()
        .catch((error) =>
          console.error("[cache] cachetags lezen mislukt; de vorige stand blijft gelden", error.message),
        )
        .finally(() => {
          syncing = null;
        });
      return syncing;
    },

    /**
     * Marks tags invalidated now: expired at once without durations (updateTag, revalidateTag(tag)),
     * otherwise stale now and expired after durations.expire seconds.
     * @param {string[]} tags @param {Durations} [durations]
     */
    async invalidate(tags, durations) {
      const now = Date.now();
      const rows = tags.map((tag) => {
        const current = times.get(tag) ?? { stale: 0, expired: 0 };
        const next = durations
          ? {
              stale: now,
              expired: durations.expire === undefined ? current.expired : now + durations.expire * 1000,
            }
          : { stale: current.stale, expired: now };
        times.set(tag, next);
        return [tag, next.stale, next.expired];
      });
      if (!pool || rows.length === 0) return;
      await pool.query(
        `INSERT INTO "NextCacheTag" ("tag", "staleAt", "expiredAt")
         SELECT * FROM unnest($1::text[], $2::bigint[], $3::bigint[])
         ON CONFLICT ("tag") DO UPDATE SET
           "staleAt" = GREATEST("NextCacheTag"."staleAt", EXCLUDED."staleAt"),
           "expiredAt" = GREATEST("NextCacheTag"."expiredAt", EXCLUDED."expiredAt"),
           "version" = nextval(pg_get_serial_sequence('"NextCacheTag"', 'version'))`,
        [rows.map((r) => r[0]), rows.map((r) => String(r[1])), rows.map((r) => String(r[2]))],
      );
    },

    /** @param {string} tag @returns {TagTimes} */
    times(tag) {
      return times.get(tag) ?? { stale: 0, expired: 0 };
    },

    /** True when a tag expired after `timestamp` (and that moment has come). */
    /** @param {readonly string[]} tags @param {number} timestamp */
    expiredSince(tags, timestamp) {
      const now = Date.now();
      return tags.some((tag) => {
        const { expired } = this.times(tag);
        return expired > timestamp && expired <= now;
      });
    },

    /** @param {readonly string[]} tags @param {number} timestamp */
    staleSince(tags, timestamp) {
      return tags.some((tag) => this.times(tag).stale > timestamp);
    },

    async close() {
      await pool?.end();
    },
  };
}

/** @typedef {ReturnType<typeof createTagStore>} TagStore */

/** @type {TagStore | undefined} */
let shared;

/** The process's one store, shared by the 'use cache' handler and the route cache handler. */
export function sharedTagStore() {
  shared ??= createTagStore();
  return shared;
}
