// Dutch words for an appointment's status, shared by resident and staff pages.
import type { AppointmentStatus } from "@/generated/prisma/enums";

export const APPOINTMENT_STATUS_LABELS: Record<AppointmentStatus, string> = {
  BOOKED: "Geboekt",
  ARRIVED: "Aangemeld aan de balie",
  SERVED: "Geholpen",
  NO_SHOW: "Niet opgedaagd",
  CANCELLED: "Geannuleerd",
};
