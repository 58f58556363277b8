// Whom an erasure is about, gathered once before any step runs: the account, its e-mail address
// (guest rows carry only that) and the reports and cases that are theirs, so a step that blanks a
// report's link to the person cannot hide the report from the steps after it.
import type { Tx } from "@/lib/db/client";

export type ErasureScope = {
  userId: string;
  /** The account's address as stored; null when it has none. */
  email: string | null;
  now: Date;
  reportIds: string[];
  caseIds: string[];
};

/** The text that takes the place of a name or free text that was erased. */
export const ERASED = "Gewist";

/** A where-clause part matching `field` to the person's address, whatever its case; none without one. */
export function sameEmail<K extends string>(field: K, email: string | null) {
  return email ? [{ [field]: { equals: email, mode: "insensitive" as const } } as Record<K, object>] : [];
}

export async function erasureScope(
  tx: Tx,
  user: { id: string; email: string | null },
  now: Date,
): Promise<ErasureScope> {
  const [reports, cases] = await Promise.all([
    tx.report.findMany({
      where: { OR: [{ reporterId: user.id }, ...sameEmail("reporterEmail", user.email)] },
      select: { id: true },
    }),
    tx.case.findMany({ where: { applicantId: user.id }, select: { id: true } }),
  ]);
  return {
    userId: user.id,
    email: user.email,
    now,
    reportIds: reports.map((r) => r.id),
    caseIds: cases.map((c) => c.id),
  };
}
