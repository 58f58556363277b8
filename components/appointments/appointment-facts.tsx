// One appointment's facts as a summary list: the resident's page, Mijn afspraken and the desk.
import { SummaryList, type SummaryRow } from "@/components/ui/form/summary-list";
import { APPOINTMENT_STATUS_LABELS } from "@/lib/appointments/labels";
import type { AppointmentStatus } from "@/generated/prisma/enums";
import { formatLongDate, formatTime } from "@/lib/be/time";

type Appointment = {
  startsAt: Date;
  endsAt: Date;
  status: AppointmentStatus;
  service: { name: string; whatToBring: string };
  desk: { name: string };
  site: { name: string; street: string; postcode: string; city: string };
};

export function AppointmentFacts({
  appointment: a,
  extra = [],
}: {
  appointment: Appointment;
  extra?: SummaryRow[];
}) {
  return (
    <SummaryList
      rows={[
        { key: "wat", label: "Wat", value: a.service.name },
        {
          key: "wanneer",
          label: "Wanneer",
          value: `${formatLongDate(a.startsAt)} om ${formatTime(a.startsAt)} tot ${formatTime(a.endsAt)}`,
        },
        {
          key: "waar",
          label: "Waar",
          value: `${a.site.name}, ${a.site.street}, ${a.site.postcode} ${a.site.city} (${a.desk.name})`,
        },
        { key: "meebrengen", label: "Breng mee", value: a.service.whatToBring },
        { key: "status", label: "Status", value: APPOINTMENT_STATUS_LABELS[a.status] },
        ...extra,
      ]}
    />
  );
}
