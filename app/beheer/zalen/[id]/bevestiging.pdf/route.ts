// The paper confirmation of a booking, printed at the desk (also for a resident without e-mail).
import { requireApiStaff } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { bookingConfirmationSpec } from "@/lib/halls/pdf";
import { staffBooking } from "@/lib/halls/queries/staff";
import { getPdfIdentity } from "@/lib/municipality/queries";
import { renderPdf } from "@/lib/pdf/render";
import { pdfResponse } from "@/lib/pdf/response";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    await requireApiStaff("leisure:manage");
  } catch (error) {
    if (error instanceof AppError) return new Response(error.message, { status: error.status });
    throw error;
  }
  const { id } = await params;
  const view = await staffBooking(id);
  if (!view) return new Response("Deze reservatie bestaat niet.", { status: 404 });
  const pdf = await renderPdf(bookingConfirmationSpec(view), await getPdfIdentity());
  return pdfResponse(pdf, `zaalreservatie-${id}.pdf`);
}
