// "Is dit dezelfde melding?": an open report of the same category, close by and recent.
import type { ReportStatus } from "@/generated/prisma/enums";
import { distanceMetres, type Point } from "@/lib/be/geo";
import { isOpen } from "./status";

export type DuplicateRule = { radiusMetres: number; maxAgeDays: number };

/** Typical values: a street light or a pothole is the same one within about 75 m and a month. */
const DEFAULT_DUPLICATE_RULE: DuplicateRule = { radiusMetres: 75, maxAgeDays: 30 };

export type Candidate = Point & {
  id: string;
  categoryId: string;
  status: ReportStatus;
  createdAt: Date;
  mergedIntoId?: string | null;
};

export type Wanted = Point & { categoryId: string };

/** The candidates that look like the same report, nearest first, each with its distance. */
export function findDuplicates<C extends Candidate>(
  wanted: Wanted,
  candidates: readonly C[],
  now: Date,
  rule: DuplicateRule = DEFAULT_DUPLICATE_RULE,
): (C & { distance: number })[] {
  const oldest = now.getTime() - rule.maxAgeDays * 86_400_000;
  return candidates
    .filter(
      (c) =>
        c.categoryId === wanted.categoryId &&
        isOpen(c.status) &&
        !c.mergedIntoId &&
        c.createdAt.getTime() >= oldest,
    )
    .map((c) => ({ ...c, distance: distanceMetres(wanted, c) }))
    .filter((c) => c.distance <= rule.radiusMetres)
    .sort((a, b) => a.distance - b.distance);
}
