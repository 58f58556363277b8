// The 'use cache' handler (next.config.ts cacheHandlers.default): entries in this process's memory,
// tag invalidations in PostgreSQL (./tag-store.mjs), so a change made through any instance makes the
// entries of every instance stale. Entries stay local on purpose: a hit costs no round trip, an
// entry never outlives the process (a restart picks up data changed outside the portal), and what a
// `next build` computes stays in the build's workers. N instances render a changed page N times,
// which at a municipality's scale is nothing. API: node_modules/next/dist/docs, "cacheHandlers".
import { sharedTagStore } from "./tag-store.mjs";

/** Entries kept per process; the least recently used go first. */
const MAX_ENTRIES = 2000;

/**
 * @typedef {import("next/cache").CacheEntry} CacheEntry
 * @typedef {Omit<CacheEntry, "value"> & { value: Uint8Array }} StoredEntry
 */

/** @param {Uint8Array} bytes */
function streamOf(bytes) {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/**
 * @param {{ tags?: import("./tag-store.mjs").TagStore, maxEntries?: number }} [options]
 * @returns {import("next/cache").CacheHandler}
 */
export function createUseCacheHandler({ tags = sharedTagStore(), maxEntries = MAX_ENTRIES } = {}) {
  /** @type {Map<string, StoredEntry>} */
  const entries = new Map();
  /** @type {Map<string, Promise<void>>} */
  const pending = new Map();

  return {
    async get(cacheKey) {
      await pending.get(cacheKey);
      const entry = entries.get(cacheKey);
      if (!entry) return undefined;
      // Soft tags (paths) are checked by Next through getExpiration.
      if (tags.expiredSince(entry.tags, entry.timestamp)) {
        entries.delete(cacheKey);
        return undefined;
      }
      entries.delete(cacheKey); // re-insert: most recently used last
      entries.set(cacheKey, entry);
      const revalidate = tags.staleSince(entry.tags, entry.timestamp) ? -1 : entry.revalidate;
      return { ...entry, revalidate, value: streamOf(entry.value) };
    },

    async set(cacheKey, pendingEntry) {
      let done = () => {};
      pending.set(cacheKey, new Promise((resolve) => (done = () => resolve(undefined))));
      try {
        const entry = await pendingEntry;
        const value = new Uint8Array(await new Response(entry.value).arrayBuffer());
        entries.delete(cacheKey);
        entries.set(cacheKey, { ...entry, value });
        while (entries.size > maxEntries) entries.delete(entries.keys().next().value);
      } catch (error) {
        // An entry that failed to render is not kept; the next request renders it again.
        console.error("[cache] entry niet bewaard", error instanceof Error ? error.message : error);
      } finally {
        pending.delete(cacheKey);
        done();
      }
    },

    async refreshTags() {
      await tags.sync();
    },

    async getExpiration(softTags) {
      const now = Date.now();
      return Math.max(0, ...softTags.map((tag) => tags.times(tag).expired).filter((t) => t <= now));
    },

    async updateTags(tagList, durations) {
      await tags.invalidate(tagList, durations);
    },
  };
}

export default createUseCacheHandler();
