// For server actions (actions.ts): expire the cached public data a change touched, at once and on
// every instance (the action's own response already shows the new data: updateTag, not a
// stale-while-revalidate revalidateTag).
import "server-only";
import { updateTag } from "next/cache";
import type { CacheTag } from "./tags";

export function expireCached(...tags: CacheTag[]): void {
  for (const tag of tags) updateTag(tag);
}
