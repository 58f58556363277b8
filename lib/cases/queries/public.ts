// What the public pages say about cases: the retention period on the privacy page.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { caseRetentionMonths } from "../retention";

export async function publicCaseRetentionMonths(): Promise<number> {
  "use cache";
  cacheLife("max");
  cacheTag(CACHE_TAGS.caseSettings);
  return caseRetentionMonths(db);
}
