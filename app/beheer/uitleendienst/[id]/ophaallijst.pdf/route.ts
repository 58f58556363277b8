// The depot's printable pick list of one loan (staff with loans:manage only: it names the borrower).
import { requireApiStaff } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { pickListSpec } from "@/lib/lending/pdf";
import { depotLoan } from "@/lib/lending/queries/staff";
import { getPdfIdentity } from "@/lib/municipality/queries";
import { renderPdf } from "@/lib/pdf/render";
import { pdfResponse } from "@/lib/pdf/response";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    await requireApiStaff("loans:manage");
  } catch (error) {
    if (error instanceof AppError) return new Response(error.message, { status: error.status });
    throw error;
  }
  const { id } = await params;
  const loan = await depotLoan(id);
  if (!loan) return new Response("Deze uitlening bestaat niet.", { status: 404 });
  const pdf = await renderPdf(pickListSpec(loan), await getPdfIdentity());
  return pdfResponse(pdf, `ophaallijst-${id}.pdf`);
}
