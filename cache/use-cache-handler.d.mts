// Types of use-cache-handler.mjs for the TypeScript that imports it (tests).
import type { CacheHandler } from "next/cache";
import type { TagStore } from "./tag-store.mjs";
export declare function createUseCacheHandler(options?: {
  tags?: TagStore;
  maxEntries?: number;
}): CacheHandler;
declare const handler: CacheHandler;
export default handler;
