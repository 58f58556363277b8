// The permit of an approved event dossier as a PDF (lib/pdf), for the organiser (the applicant or
// an officer of the organising association) and staff of the dossier's team; anyone else, and a
// dossier without approval, gets 404 (lib/events/queries/permit.ts decides).
import { connection, NextResponse } from "next/server";
import { getActor } from "@/lib/auth/actor";
import { permitFor } from "@/lib/events/queries/permit";
import { permitSpec } from "@/lib/events/pdf";
import { getPdfIdentity } from "@/lib/municipality/queries";
import { renderPdf } from "@/lib/pdf/render";
import { pdfResponse } from "@/lib/pdf/response";
import { getMemberships } from "@/lib/residents/queries";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const actor = await getActor();
  if (!actor) return NextResponse.json({ error: "Meld je eerst aan." }, { status: 401 });
  // Officers now (rule 3): a revoked officer no longer reads the association's permits.
  const officerOf = (await getMemberships(actor.userId)).filter((m) => m.role === "MANAGER");
  const facts = await permitFor(id.slice(0, 60), {
    userId: actor.userId,
    officerOf: officerOf.map((m) => m.association.id),
    staff: actor.permissions.has("cases:handle"),
  });
  if (!facts) return NextResponse.json({ error: "Niet gevonden." }, { status: 404 });
  const pdf = await renderPdf(permitSpec(facts), await getPdfIdentity());
  return pdfResponse(pdf, `toelating-${facts.number}.pdf`);
}
