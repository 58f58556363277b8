// The paper confirmation of an appointment, for front-office staff to print for a caller or a
// visitor without e-mail.
import { appointmentMessages } from "@/lib/appointments/messages";
import { appointmentConfirmationSpec } from "@/lib/appointments/pdf";
import { getAppointmentForStaff } from "@/lib/appointments/staff-queries";
import { requireApiStaff } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { getMunicipality, getPdfIdentity } from "@/lib/municipality/queries";
import { renderPdf } from "@/lib/pdf/render";
import { pdfResponse } from "@/lib/pdf/response";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    await requireApiStaff("frontoffice:manage");
  } catch (error) {
    if (error instanceof AppError) return new Response(error.message, { status: error.status });
    throw error;
  }
  const appointment = await getAppointmentForStaff((await params).id);
  if (!appointment) return new Response(appointmentMessages.appointmentNotFound, { status: 404 });
  const [identity, municipality] = await Promise.all([getPdfIdentity(), getMunicipality()]);
  const pdf = await renderPdf(appointmentConfirmationSpec(appointment, municipality.phoneDisplay), identity);
  return pdfResponse(pdf, `afspraak-${appointment.id}.pdf`);
}
