// The route cache handler (next.config.ts cacheHandler): the rendered shells of pages (HTML, RSC
// payload, prefetch segments) in this process's memory, checked against the tag invalidations in
// PostgreSQL (./tag-store.mjs) on every read. Next's built-in file cache keeps tag state per process
// only, so another instance's change would never reach it; and it serves the shells `next build`
// prerendered, with the data of whatever database the build saw. This handler starts empty, so
// every shell is rendered at run time from the database the server uses. API:
// node_modules/next/dist/docs, "incrementalCacheHandlerPath" (get, set, revalidateTag).
import { sharedTagStore } from "./tag-store.mjs";

const MAX_ENTRIES = 500;
const TAGS_HEADER = "x-next-cache-tags";

/** @param {unknown} value */
function tagsOf(value, ctx) {
  const header = /** @type {{ headers?: Record<string, unknown> } | null} */ (value)?.headers?.[TAGS_HEADER];
  const own = typeof header === "string" ? header.split(",") : [];
  return [...own, ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
}

export default class RouteCacheHandler {
  /** Per process, not per object: Next makes a handler object per request. */
  /** @type {Map<string, { value: unknown, lastModified: number }>} */
  static entries = new Map();

  /** @param {{ tags?: import("./tag-store.mjs").TagStore }} [options] */
  constructor(options = {}) {
    this.tags = options.tags ?? sharedTagStore();
  }

  async get(key, ctx) {
    await this.tags.sync();
    const entry = RouteCacheHandler.entries.get(key);
    if (!entry) return null;
    // Invalidated here or on another instance since it was rendered: render again before serving.
    const tags = tagsOf(entry.value, ctx);
    if (this.tags.expiredSince(tags, entry.lastModified) || this.tags.staleSince(tags, entry.lastModified)) {
      RouteCacheHandler.entries.delete(key);
      return null;
    }
    return entry;
  }

  async set(key, data) {
    const entries = RouteCacheHandler.entries;
    entries.delete(key);
    if (data === null) return;
    entries.set(key, { value: data, lastModified: Date.now() });
    while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value);
  }

  async revalidateTag(tags, durations) {
    await this.tags.invalidate(Array.isArray(tags) ? tags : [tags], durations);
  }

  resetRequestCache() {}
}
