// Types of tag-store.mjs for the TypeScript that imports it (tests).
export declare const SYNC_INTERVAL_MS: number;
export type TagTimes = { stale: number; expired: number };
export type TagStore = {
  sync(force?: boolean): Promise<void>;
  invalidate(tags: string[], durations?: { expire?: number }): Promise<void>;
  times(tag: string): TagTimes;
  expiredSince(tags: readonly string[], timestamp: number): boolean;
  staleSince(tags: readonly string[], timestamp: number): boolean;
  close(): Promise<void>;
};
export declare function createTagStore(options?: {
  connectionString?: string;
  syncIntervalMs?: number;
}): TagStore;
export declare function sharedTagStore(): TagStore;
