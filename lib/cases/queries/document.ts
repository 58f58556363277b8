// A case's issued document, for its applicant, staff of its team, or (for a while) the staff member
// who filed it at the desk; null for anyone else and for a case without one (the route answers 404
// either way).
import "server-only";
import { db } from "@/lib/db";
import type { Db } from "@/lib/db/client";
import { deskHandoverScope, staffCaseScope } from "../access";

export async function getCaseDocument(
  caseId: string,
  viewer: { userId: string; staff: boolean; desk?: boolean },
  client: Db = db,
) {
  const scopes = [
    { applicantId: viewer.userId },
    ...(viewer.staff ? [staffCaseScope(viewer.userId)] : []),
    ...(viewer.desk ? [deskHandoverScope(viewer.userId)] : []),
  ];
  const c = await client.case.findFirst({
    where: {
      id: caseId,
      documentText: { not: null },
      OR: scopes,
    },
    select: { number: true, documentTitle: true, documentText: true, documentIssuedAt: true },
  });
  if (!c?.documentText || !c.documentTitle || !c.documentIssuedAt) return null;
  return { number: c.number, title: c.documentTitle, text: c.documentText, issuedAt: c.documentIssuedAt };
}
