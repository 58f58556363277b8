// What the staff confirmation step shows before erasing: the rules grouped by what they do, and
// what still blocks the erasure for this resident.
import "server-only";
import { db } from "@/lib/db";
import { erasureBlockers } from "./erasure-blockers";
import { type ErasureAction, ERASURE_RULES } from "./erasure-rules";

export type RuleLine = { what: string; reason: string };

export function rulesByAction(): Record<ErasureAction, RuleLine[]> {
  const groups: Record<ErasureAction, RuleLine[]> = { remove: [], pseudonymise: [], keep: [] };
  for (const rule of ERASURE_RULES) groups[rule.action].push({ what: rule.what, reason: rule.reason });
  return groups;
}

export async function erasureBlockersFor(residentId: string, now = new Date()): Promise<string[]> {
  const user = await db.user.findUnique({ where: { id: residentId }, select: { email: true } });
  if (!user) return [];
  return erasureBlockers(db, { userId: residentId, email: user.email, now });
}
