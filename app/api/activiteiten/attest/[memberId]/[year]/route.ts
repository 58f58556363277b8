// The fiscal attest for childcare costs (281.86) of one of the signed-in parent's children for one
// calendar year, as a PDF. Another parent's child, or a year without paid attended days, is 404
// (lib/activities/queries/attest.ts decides).
import { connection, NextResponse } from "next/server";
import { attestSpec } from "@/lib/activities/pdf";
import { childcareAttest } from "@/lib/activities/queries/attest";
import { getActor } from "@/lib/auth/actor";
import { getPdfIdentity } from "@/lib/municipality/queries";
import { renderPdf } from "@/lib/pdf/render";
import { pdfResponse } from "@/lib/pdf/response";

type Params = { params: Promise<{ memberId: string; year: string }> };

export async function GET(_request: Request, { params }: Params) {
  await connection();
  const { memberId, year } = await params;
  const actor = await getActor();
  if (!actor) return NextResponse.json({ error: "Meld je eerst aan." }, { status: 401 });
  const notFound = () => NextResponse.json({ error: "Niet gevonden." }, { status: 404 });
  if (!/^\d{4}$/.test(year)) return notFound();
  const attest = await childcareAttest(actor.userId, memberId.slice(0, 60), Number(year));
  if (!attest) return notFound();
  const pdf = await renderPdf(attestSpec(attest, new Date()), await getPdfIdentity());
  return pdfResponse(pdf, `attest-kinderopvang-${year}.pdf`);
}
