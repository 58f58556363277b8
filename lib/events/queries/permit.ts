// The permit of a decided event dossier: its facts (for lib/pdf) and who may download it, the
// organiser (the applicant, or an officer of the association named as organiser) and staff of
// the dossier's team. Anyone else, or a dossier without an approval, is "not found".
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { formatDate } from "@/lib/be/time";
import { applicantCaseScope, staffCaseScope } from "@/lib/cases/access";
import { db } from "@/lib/db";
import type { Db, Tx } from "@/lib/db/client";
import { type Answers, associationOfOption, associationOption } from "@/lib/form-engine";
import type { PermitFacts } from "../pdf";

const str = (v: unknown) => (typeof v === "string" ? v : "");
const day = (key: string) => formatDate(new Date(`${key}T12:00:00Z`));

/** The facts printed on the permit of an approved dossier (callers have scoped the case). */
export async function permitFactsOf(client: Db | Tx, caseId: string): Promise<PermitFacts | null> {
  const c = await client.case.findUnique({
    where: { id: caseId },
    include: { decision: true, applicant: { select: { name: true } } },
  });
  if (!c?.decision || c.decision.outcome !== "APPROVED") return null;
  const a = c.answers as Answers;
  const associationId = associationOfOption(a.organiser);
  const association = associationId
    ? await client.association.findUnique({ where: { id: associationId }, select: { name: true } })
    : null;
  const hall =
    a.locationKind === "zaal" && typeof a.hall === "string"
      ? await client.hall.findUnique({ where: { slug: a.hall }, select: { name: true } })
      : null;
  const start = str(a.eventStart);
  const end = str(a.eventEnd) || start;
  return {
    number: c.number,
    event: str(a.eventName) || c.number,
    organiser: association?.name ?? c.applicant?.name ?? str(a.contactName),
    place: hall?.name ?? str(a.streets),
    days: [start === end ? day(start) : `${day(start)} tot ${day(end)}`, str(a.hours)]
      .filter(Boolean)
      .join(", "),
    conditions: c.decision.conditions,
    decidedOn: formatDate(c.decision.decidedAt),
  };
}

/** Who may read a dossier's permit: its organiser's side, or staff of its team. */
export function permitReaderScope(
  userId: string,
  officerOf: readonly string[],
  staff: boolean,
): Prisma.CaseWhereInput {
  return {
    OR: [
      applicantCaseScope(userId),
      ...officerOf.map((id) => ({ answers: { path: ["organiser"], equals: associationOption(id) } })),
      ...(staff ? [staffCaseScope(userId)] : []),
    ],
  };
}

export async function permitFor(
  caseId: string,
  viewer: { userId: string; officerOf: readonly string[]; staff: boolean },
  client: Db = db,
): Promise<PermitFacts | null> {
  const allowed = await client.case.findFirst({
    where: {
      AND: [
        { id: caseId, anonymisedAt: null },
        permitReaderScope(viewer.userId, viewer.officerOf, viewer.staff),
      ],
    },
    select: { id: true },
  });
  return allowed ? permitFactsOf(client, allowed.id) : null;
}
