// Who may see which case, as a `where` (rule 4: authorisation lives in the query).
// Staff see the cases of the teams they belong to. The event notification adds advisors (police,
// fire service) as a second branch of the OR: a case they were asked about, and only the parts
// named in that request; the applicant's side is always `applicantId`.
import type { Prisma } from "@/generated/prisma/client";

export function staffCaseScope(userId: string): Prisma.CaseWhereInput {
  return { team: { members: { some: { userId } } } };
}

export function applicantCaseScope(userId: string): Prisma.CaseWhereInput {
  return { applicantId: userId };
}
