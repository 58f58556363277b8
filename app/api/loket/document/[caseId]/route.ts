// The result document of a request (an attest, a permit, a decision letter) as a PDF, for the
// applicant, staff of the case's team and, for a while, the desk that filed it; 404 for anyone else,
// as for a case without one.
import { connection } from "next/server";
import { getActor } from "@/lib/auth/actor";
import { caseDocumentSpec } from "@/lib/cases/document";
import { getCaseDocument } from "@/lib/cases/queries/document";
import { getPdfIdentity } from "@/lib/municipality/queries";
import { renderPdf } from "@/lib/pdf/render";
import { pdfResponse } from "@/lib/pdf/response";

export async function GET(_request: Request, { params }: { params: Promise<{ caseId: string }> }) {
  await connection();
  const actor = await getActor();
  if (!actor) return Response.json({ error: "Meld je eerst aan." }, { status: 401 });
  const document = await getCaseDocument((await params).caseId.slice(0, 60), {
    userId: actor.userId,
    staff: actor.permissions.has("cases:handle"),
    desk: actor.permissions.has("residents:act-for"),
  });
  if (!document) return Response.json({ error: "Niet gevonden." }, { status: 404 });
  const pdf = await renderPdf(caseDocumentSpec(document), await getPdfIdentity());
  return pdfResponse(pdf, `${document.number}.pdf`);
}
