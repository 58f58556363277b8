// Appointments a resident booked (or staff booked for them) on their timeline.
import "server-only";
import { formatDateTime } from "@/lib/be/time";
import { db } from "@/lib/db";
import { APPOINTMENT_STATUS_LABELS } from "@/lib/appointments/labels";
import type { TimelineSource } from "../types";

export const appointmentActivity: TimelineSource = async (userId, limit) => {
  const appointments = await db.appointment.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    take: limit,
    include: {
      service: { select: { name: true } },
      site: { select: { name: true } },
      bookedBy: { select: { name: true } },
    },
  });
  return appointments.map((a) => ({
    id: `appointment-${a.id}`,
    at: a.createdAt,
    service: "Afspraken",
    title: `Afspraak ${a.service.name} op ${formatDateTime(a.startsAt)}`,
    description: `${APPOINTMENT_STATUS_LABELS[a.status]} · ${a.site.name}`,
    href: `/mijn/afspraken/${a.id}`,
    byStaff: a.bookedById ? (a.bookedBy?.name ?? "een medewerker") : null,
  }));
};
