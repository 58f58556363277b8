// Types of route-cache-handler.mjs for the TypeScript that imports it (tests).
import type { TagStore } from "./tag-store.mjs";
export default class RouteCacheHandler {
  static entries: Map<string, { value: unknown; lastModified: number }>;
  constructor(options?: { tags?: TagStore });
  get(
    key: string,
    ctx?: { tags?: string[]; softTags?: string[] },
  ): Promise<{ value: unknown; lastModified: number } | null>;
  set(key: string, data: unknown, ctx?: unknown): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  resetRequestCache(): void;
}
