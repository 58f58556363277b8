// Who may see which case, as a `where` (rule 4: authorisation lives in the query).
// Staff see the cases of the teams they belong to. The event notification adds advisors (police,
// fire service) as a second branch of the OR: a case they were asked about, and only the parts
// named in that request; the applicant's side is always `applicantId`.
import type { Prisma } from "@/generated/prisma/client";

export function staffCaseScope(userId: string): Prisma.CaseWhereInput {
  return { team: { members: { some: { userId } } } };
}

/**
 * The staff member who filed a case at the desk (residents:act-for) may fetch its document for a
 * while, to hand it over at the counter, also without being in the case's team. Not for long:
 * the household on an attest is not for everyone at every desk to read back later.
 */
export const DESK_HANDOVER_HOURS = 12;

export function deskHandoverScope(userId: string, now = new Date()): Prisma.CaseWhereInput {
  return {
    filedById: userId,
    submittedAt: { gte: new Date(now.getTime() - DESK_HANDOVER_HOURS * 3_600_000) },
  };
}

export function applicantCaseScope(userId: string): Prisma.CaseWhereInput {
  return { applicantId: userId };
}

/**
 * An advisor (a member of an advice body's team: politie, brandweer, milieudienst) sees the advice
 * asked of their body, and through it only the pages of the dossier named in that request
 * (lib/events/queries/advisor.ts). A case they were not asked about is "not found".
 */
export function advisorAdviceScope(userId: string): Prisma.CaseAdviceWhereInput {
  return { body: { team: { members: { some: { userId } } } } };
}
