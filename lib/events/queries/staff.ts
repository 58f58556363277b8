// What the staff page of an event dossier adds to the case: the advice asked and given, the
// decision, the bodies that can be asked, the linked hall bookings and loans, and the notice (risk category and deadline) its answers
// derive. Read only after the case itself was found in the staff member's scope.
import "server-only";
import { brusselsParts } from "@/lib/be/time";
import { db } from "@/lib/db";
import type { Db } from "@/lib/db/client";
import { type Answers, type FormDefinition, noticeOf } from "@/lib/form-engine";
import { linkedWithDossier } from "./linked";
import { publicationOf } from "./publication";

// Unpaged: one dossier's advice (one per body, unique caseId+bodySlug) and the few advice bodies.
export async function eventDossierExtras(
  c: { id: string; submittedAt: Date; answers: Answers },
  def: FormDefinition,
  client: Db = db,
) {
  const caseId = c.id;
  const [advice, decision, bodies, linked, publication] = await Promise.all([
    client.caseAdvice.findMany({
      where: { caseId },
      orderBy: { askedAt: "asc" },
      include: { body: { select: { name: true } } },
    }),
    client.caseDecision.findUnique({ where: { caseId } }),
    client.adviceBody.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } }),
    linkedWithDossier(caseId, client),
    publicationOf(caseId, client),
  ]);
  // Late or not is judged on the day it was submitted.
  const notice = noticeOf(def.derived, c.answers, brusselsParts(c.submittedAt).dateKey);
  return { advice, decision, bodies, notice, linked, publication };
}
